-- Placeholder for schema 7, which belongs to another branch: this branch (bench) needs 0008.
-- Delete this file when merging the branch that brings the real 0007.
SELECT 1;
