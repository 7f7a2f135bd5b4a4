-- Placeholder for schema 5, which belongs to desk: this branch (bench) needs 0008.
-- Delete this file when merging the branch that brings the real 0005.
SELECT 1;
