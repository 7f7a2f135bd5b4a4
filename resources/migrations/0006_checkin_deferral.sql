-- Schema 6: deferrals at check-in. A person whose screening says "defer" or "contraindicated"
-- gets no queue number and no visit, but the day's records still show that they came, why they
-- were sent home and who recorded it (DOMAIN.md §4: "block today, record reason").
CREATE TABLE deferral (
    id                TEXT PRIMARY KEY,
    person_id         TEXT NOT NULL REFERENCES person(id),
    visit_date        TEXT NOT NULL,          -- the site's local date
    outcome           TEXT NOT NULL CHECK (outcome IN ('defer', 'contraindicated')),
    temperature_c     REAL NOT NULL,
    screening_version TEXT NOT NULL,
    screening         TEXT NOT NULL,          -- JSON: answers, reasons and outcome as evaluated
    appointment_id    TEXT NOT NULL DEFAULT '',
    recorded_at       TEXT NOT NULL,
    recorded_by       TEXT NOT NULL,
    change_seq        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX deferral_day ON deferral(visit_date);
CREATE INDEX deferral_person ON deferral(person_id);
