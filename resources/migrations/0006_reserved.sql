-- Schema 6: reserved. Placeholder so that the check-in branch (which owns 0007) runs on its own:
-- migration numbers must be contiguous. The integrator replaces this file with the real
-- migration 0006 of another branch (two files numbered 0006 stop every start with a clear
-- "out of sequence" message, so a forgotten placeholder cannot slip through).
SELECT 1;
