-- Schema 7: adverse events following immunization (AEFI), each linked to the dose it follows.
-- Codes are those of core/aefi (symptoms, severity, seriousness, actions, outcome).

CREATE TABLE adverse_event (
    id                TEXT PRIMARY KEY,
    dose_id           TEXT NOT NULL REFERENCES dose(id),
    person_id         TEXT NOT NULL REFERENCES person(id),
    observation_id    TEXT REFERENCES observation(id),
    onset_at          TEXT NOT NULL,
    symptoms          TEXT NOT NULL,            -- JSON array of symptom codes
    other_description TEXT NOT NULL DEFAULT '',
    severity          TEXT NOT NULL CHECK (severity IN ('mild', 'moderate', 'severe')),
    seriousness       TEXT NOT NULL CHECK (seriousness IN ('non_serious', 'serious')),
    actions           TEXT NOT NULL DEFAULT '[]',  -- JSON array of action codes
    outcome           TEXT NOT NULL DEFAULT 'unknown',
    immediate_report  INTEGER NOT NULL DEFAULT 0 CHECK (immediate_report IN (0, 1)),
    note              TEXT NOT NULL DEFAULT '',
    reported_by       TEXT NOT NULL,             -- staff id
    recorded_at       TEXT NOT NULL,
    status            TEXT NOT NULL DEFAULT 'active'
                      CHECK (status IN ('active', 'entered-in-error')),
    change_seq        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX adverse_event_dose ON adverse_event(dose_id);
CREATE INDEX adverse_event_onset ON adverse_event(onset_at);
CREATE INDEX adverse_event_change_seq ON adverse_event(change_seq);
