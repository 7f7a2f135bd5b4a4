-- Schema 9: reserved for a migration of another branch merged in parallel (the loader needs
-- contiguous numbers). When that branch's 0009 is merged, delete this file.
SELECT 1;
