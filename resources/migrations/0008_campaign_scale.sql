-- Schema 8: what a site database needs after a long campaign (docs/performance.md).

-- change_seq: every writer takes MAX(change_seq) + 1 of its table, and exports read the rows
-- after a change_seq. Without an index both scan the whole table (a million persons: ~0.5 s).
CREATE INDEX person_change_seq ON person(change_seq);
CREATE INDEX identity_document_change_seq ON identity_document(change_seq);
-- visit(change_seq) is indexed by schema 5 (visit_change_seq).

-- Name search for one or two characters: trigrams need three, and LIKE '%…%' scans every
-- person. Each name's single characters and character pairs (the first 20 positions) are
-- tokens of a contentless FTS5 index, kept by triggers like person_name_fts.
CREATE VIRTUAL TABLE person_name_short USING fts5(
    grams, content = '', tokenize = 'unicode61', detail = none);
CREATE TRIGGER person_short_insert AFTER INSERT ON person BEGIN
    INSERT INTO person_name_short(rowid, grams) VALUES (new.seq,
    substr(new.name, 1, 1) || ' ' || substr(new.name, 2, 1) || ' ' ||
    substr(new.name, 3, 1) || ' ' || substr(new.name, 4, 1) || ' ' ||
    substr(new.name, 5, 1) || ' ' || substr(new.name, 6, 1) || ' ' ||
    substr(new.name, 7, 1) || ' ' || substr(new.name, 8, 1) || ' ' ||
    substr(new.name, 9, 1) || ' ' || substr(new.name, 10, 1) || ' ' ||
    substr(new.name, 11, 1) || ' ' || substr(new.name, 12, 1) || ' ' ||
    substr(new.name, 13, 1) || ' ' || substr(new.name, 14, 1) || ' ' ||
    substr(new.name, 15, 1) || ' ' || substr(new.name, 16, 1) || ' ' ||
    substr(new.name, 17, 1) || ' ' || substr(new.name, 18, 1) || ' ' ||
    substr(new.name, 19, 1) || ' ' || substr(new.name, 20, 1) || ' ' ||
    substr(new.name, 1, 2) || ' ' || substr(new.name, 2, 2) || ' ' ||
    substr(new.name, 3, 2) || ' ' || substr(new.name, 4, 2) || ' ' ||
    substr(new.name, 5, 2) || ' ' || substr(new.name, 6, 2) || ' ' ||
    substr(new.name, 7, 2) || ' ' || substr(new.name, 8, 2) || ' ' ||
    substr(new.name, 9, 2) || ' ' || substr(new.name, 10, 2) || ' ' ||
    substr(new.name, 11, 2) || ' ' || substr(new.name, 12, 2) || ' ' ||
    substr(new.name, 13, 2) || ' ' || substr(new.name, 14, 2) || ' ' ||
    substr(new.name, 15, 2) || ' ' || substr(new.name, 16, 2) || ' ' ||
    substr(new.name, 17, 2) || ' ' || substr(new.name, 18, 2) || ' ' || substr(new.name, 19, 2));
END;
CREATE TRIGGER person_short_delete AFTER DELETE ON person BEGIN
    INSERT INTO person_name_short(person_name_short, rowid, grams) VALUES ('delete', old.seq,
    substr(old.name, 1, 1) || ' ' || substr(old.name, 2, 1) || ' ' ||
    substr(old.name, 3, 1) || ' ' || substr(old.name, 4, 1) || ' ' ||
    substr(old.name, 5, 1) || ' ' || substr(old.name, 6, 1) || ' ' ||
    substr(old.name, 7, 1) || ' ' || substr(old.name, 8, 1) || ' ' ||
    substr(old.name, 9, 1) || ' ' || substr(old.name, 10, 1) || ' ' ||
    substr(old.name, 11, 1) || ' ' || substr(old.name, 12, 1) || ' ' ||
    substr(old.name, 13, 1) || ' ' || substr(old.name, 14, 1) || ' ' ||
    substr(old.name, 15, 1) || ' ' || substr(old.name, 16, 1) || ' ' ||
    substr(old.name, 17, 1) || ' ' || substr(old.name, 18, 1) || ' ' ||
    substr(old.name, 19, 1) || ' ' || substr(old.name, 20, 1) || ' ' ||
    substr(old.name, 1, 2) || ' ' || substr(old.name, 2, 2) || ' ' ||
    substr(old.name, 3, 2) || ' ' || substr(old.name, 4, 2) || ' ' ||
    substr(old.name, 5, 2) || ' ' || substr(old.name, 6, 2) || ' ' ||
    substr(old.name, 7, 2) || ' ' || substr(old.name, 8, 2) || ' ' ||
    substr(old.name, 9, 2) || ' ' || substr(old.name, 10, 2) || ' ' ||
    substr(old.name, 11, 2) || ' ' || substr(old.name, 12, 2) || ' ' ||
    substr(old.name, 13, 2) || ' ' || substr(old.name, 14, 2) || ' ' ||
    substr(old.name, 15, 2) || ' ' || substr(old.name, 16, 2) || ' ' ||
    substr(old.name, 17, 2) || ' ' || substr(old.name, 18, 2) || ' ' || substr(old.name, 19, 2));
END;
CREATE TRIGGER person_short_update AFTER UPDATE OF name ON person BEGIN
    INSERT INTO person_name_short(person_name_short, rowid, grams) VALUES ('delete', old.seq,
    substr(old.name, 1, 1) || ' ' || substr(old.name, 2, 1) || ' ' ||
    substr(old.name, 3, 1) || ' ' || substr(old.name, 4, 1) || ' ' ||
    substr(old.name, 5, 1) || ' ' || substr(old.name, 6, 1) || ' ' ||
    substr(old.name, 7, 1) || ' ' || substr(old.name, 8, 1) || ' ' ||
    substr(old.name, 9, 1) || ' ' || substr(old.name, 10, 1) || ' ' ||
    substr(old.name, 11, 1) || ' ' || substr(old.name, 12, 1) || ' ' ||
    substr(old.name, 13, 1) || ' ' || substr(old.name, 14, 1) || ' ' ||
    substr(old.name, 15, 1) || ' ' || substr(old.name, 16, 1) || ' ' ||
    substr(old.name, 17, 1) || ' ' || substr(old.name, 18, 1) || ' ' ||
    substr(old.name, 19, 1) || ' ' || substr(old.name, 20, 1) || ' ' ||
    substr(old.name, 1, 2) || ' ' || substr(old.name, 2, 2) || ' ' ||
    substr(old.name, 3, 2) || ' ' || substr(old.name, 4, 2) || ' ' ||
    substr(old.name, 5, 2) || ' ' || substr(old.name, 6, 2) || ' ' ||
    substr(old.name, 7, 2) || ' ' || substr(old.name, 8, 2) || ' ' ||
    substr(old.name, 9, 2) || ' ' || substr(old.name, 10, 2) || ' ' ||
    substr(old.name, 11, 2) || ' ' || substr(old.name, 12, 2) || ' ' ||
    substr(old.name, 13, 2) || ' ' || substr(old.name, 14, 2) || ' ' ||
    substr(old.name, 15, 2) || ' ' || substr(old.name, 16, 2) || ' ' ||
    substr(old.name, 17, 2) || ' ' || substr(old.name, 18, 2) || ' ' || substr(old.name, 19, 2));
    INSERT INTO person_name_short(rowid, grams) VALUES (new.seq,
    substr(new.name, 1, 1) || ' ' || substr(new.name, 2, 1) || ' ' ||
    substr(new.name, 3, 1) || ' ' || substr(new.name, 4, 1) || ' ' ||
    substr(new.name, 5, 1) || ' ' || substr(new.name, 6, 1) || ' ' ||
    substr(new.name, 7, 1) || ' ' || substr(new.name, 8, 1) || ' ' ||
    substr(new.name, 9, 1) || ' ' || substr(new.name, 10, 1) || ' ' ||
    substr(new.name, 11, 1) || ' ' || substr(new.name, 12, 1) || ' ' ||
    substr(new.name, 13, 1) || ' ' || substr(new.name, 14, 1) || ' ' ||
    substr(new.name, 15, 1) || ' ' || substr(new.name, 16, 1) || ' ' ||
    substr(new.name, 17, 1) || ' ' || substr(new.name, 18, 1) || ' ' ||
    substr(new.name, 19, 1) || ' ' || substr(new.name, 20, 1) || ' ' ||
    substr(new.name, 1, 2) || ' ' || substr(new.name, 2, 2) || ' ' ||
    substr(new.name, 3, 2) || ' ' || substr(new.name, 4, 2) || ' ' ||
    substr(new.name, 5, 2) || ' ' || substr(new.name, 6, 2) || ' ' ||
    substr(new.name, 7, 2) || ' ' || substr(new.name, 8, 2) || ' ' ||
    substr(new.name, 9, 2) || ' ' || substr(new.name, 10, 2) || ' ' ||
    substr(new.name, 11, 2) || ' ' || substr(new.name, 12, 2) || ' ' ||
    substr(new.name, 13, 2) || ' ' || substr(new.name, 14, 2) || ' ' ||
    substr(new.name, 15, 2) || ' ' || substr(new.name, 16, 2) || ' ' ||
    substr(new.name, 17, 2) || ' ' || substr(new.name, 18, 2) || ' ' || substr(new.name, 19, 2));
END;
INSERT INTO person_name_short(rowid, grams) SELECT seq,
    substr(name, 1, 1) || ' ' || substr(name, 2, 1) || ' ' || substr(name, 3, 1) || ' ' ||
    substr(name, 4, 1) || ' ' || substr(name, 5, 1) || ' ' || substr(name, 6, 1) || ' ' ||
    substr(name, 7, 1) || ' ' || substr(name, 8, 1) || ' ' || substr(name, 9, 1) || ' ' ||
    substr(name, 10, 1) || ' ' || substr(name, 11, 1) || ' ' || substr(name, 12, 1) || ' ' ||
    substr(name, 13, 1) || ' ' || substr(name, 14, 1) || ' ' || substr(name, 15, 1) || ' ' ||
    substr(name, 16, 1) || ' ' || substr(name, 17, 1) || ' ' || substr(name, 18, 1) || ' ' ||
    substr(name, 19, 1) || ' ' || substr(name, 20, 1) || ' ' || substr(name, 1, 2) || ' ' ||
    substr(name, 2, 2) || ' ' || substr(name, 3, 2) || ' ' || substr(name, 4, 2) || ' ' ||
    substr(name, 5, 2) || ' ' || substr(name, 6, 2) || ' ' || substr(name, 7, 2) || ' ' ||
    substr(name, 8, 2) || ' ' || substr(name, 9, 2) || ' ' || substr(name, 10, 2) || ' ' ||
    substr(name, 11, 2) || ' ' || substr(name, 12, 2) || ' ' || substr(name, 13, 2) || ' ' ||
    substr(name, 14, 2) || ' ' || substr(name, 15, 2) || ' ' || substr(name, 16, 2) || ' ' ||
    substr(name, 17, 2) || ' ' || substr(name, 18, 2) || ' ' || substr(name, 19, 2)
FROM person;
