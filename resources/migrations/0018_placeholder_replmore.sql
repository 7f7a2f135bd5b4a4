-- PLACEHOLDER of branch replmore only, so that schema 19 is in sequence on this branch: the
-- lead's schema 18 (write performance) takes this number at merge and this file is deleted.
-- It changes nothing.
CREATE TABLE placeholder_18 (id INTEGER PRIMARY KEY);
DROP TABLE placeholder_18;
