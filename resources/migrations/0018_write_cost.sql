-- Schema 18: fewer pages per write (docs/performance.md, "The cost of a write").
--
-- A row arrives with change_seq 0 and the change-log trigger of schema 15 stamps it at once, in
-- the same statement. A full index on change_seq therefore took two leaves per new row: the 0
-- entry inserted near the left edge and deleted again, the stamped entry appended at the right
-- edge. No committed row keeps change_seq 0 and no reader asks for one (every reader asks for the
-- rows after a cursor), so the indexes only hold stamped rows. A reader that wants an index says
-- so with the literal term "change_seq > 0" next to its cursor (SQLite uses a partial index only
-- when the query's WHERE names the index's own term); tests/core/test_change_log.cpp checks the
-- index and the plan of such a read for every table below.
DROP INDEX person_change_seq;
CREATE INDEX person_change_seq ON person(change_seq) WHERE change_seq > 0;
DROP INDEX identity_document_change_seq;
CREATE INDEX identity_document_change_seq ON identity_document(change_seq) WHERE change_seq > 0;
DROP INDEX visit_change_seq;
CREATE INDEX visit_change_seq ON visit(change_seq) WHERE change_seq > 0;
DROP INDEX deferral_change_seq;
CREATE INDEX deferral_change_seq ON deferral(change_seq) WHERE change_seq > 0;
DROP INDEX dose_change_seq;
CREATE INDEX dose_change_seq ON dose(change_seq) WHERE change_seq > 0;
DROP INDEX observation_change_seq;
CREATE INDEX observation_change_seq ON observation(change_seq) WHERE change_seq > 0;
DROP INDEX adverse_event_change_seq;
CREATE INDEX adverse_event_change_seq ON adverse_event(change_seq) WHERE change_seq > 0;
DROP INDEX contraindication_change_seq;
CREATE INDEX contraindication_change_seq ON contraindication(change_seq) WHERE change_seq > 0;
DROP INDEX lot_change_seq;
CREATE INDEX lot_change_seq ON lot(change_seq) WHERE change_seq > 0;
DROP INDEX lot_quarantine_change_seq;
CREATE INDEX lot_quarantine_change_seq ON lot_quarantine(change_seq) WHERE change_seq > 0;
DROP INDEX stock_movement_change_seq;
CREATE INDEX stock_movement_change_seq ON stock_movement(change_seq) WHERE change_seq > 0;
DROP INDEX temperature_reading_change_seq;
CREATE INDEX temperature_reading_change_seq ON temperature_reading(change_seq) WHERE change_seq > 0;
DROP INDEX excursion_change_seq;
CREATE INDEX excursion_change_seq ON excursion(change_seq) WHERE change_seq > 0;
