-- PLACEHOLDER of branch replmore only, so that server schema 8 is in sequence on this branch:
-- the other helpers' server schema 6 takes this number at merge and this file is deleted.
-- It changes nothing.
SELECT 1;
