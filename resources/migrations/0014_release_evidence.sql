-- What a supervisor's release of a quarantined lot rests on: 'reading' (the fridge's newest
-- reading, after the excursion, is back in range) or 'override' (released without that evidence,
-- with a reason; sent to the district in the export). Empty while undecided and for discards.
ALTER TABLE lot_quarantine ADD COLUMN evidence TEXT NOT NULL DEFAULT ''
    CHECK (evidence IN ('', 'reading', 'override'));
