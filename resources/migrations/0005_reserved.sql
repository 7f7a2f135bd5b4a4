-- Schema 5: reserved. Placeholder so that the check-in branch (which owns 0007) runs on its own:
-- migration numbers must be contiguous. The integrator replaces this file with the real
-- migration 0005 of another branch (two files numbered 0005 stop every start with a clear
-- "out of sequence" message, so a forgotten placeholder cannot slip through).
SELECT 1;
