-- Schema 11: the site's time zone is site data (docs/desk.md "The site's calendar"). Every
-- calendar rule (clinic day, age, interval, expiry, open-vial discard, queue day, day close,
-- reports, exports) is judged in this zone, never in the PC's. Existing sites were all run in
-- China: they get Asia/Shanghai.
ALTER TABLE site ADD COLUMN timezone TEXT NOT NULL DEFAULT 'Asia/Shanghai'
    CHECK (length(timezone) > 0);
