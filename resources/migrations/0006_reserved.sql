-- Placeholder for schema 6, which belongs to another branch: this branch (bench) needs 0008.
-- Delete this file when merging the branch that brings the real 0006.
SELECT 1;
