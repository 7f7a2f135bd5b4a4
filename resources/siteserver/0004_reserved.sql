-- Site server schema 4: reserved for the person-merge and double-dose rules (branch
-- `conflicts`). This placeholder keeps the numbering whole on the `history` branch; drop it when
-- the real 0004 is merged.
SELECT 1;
