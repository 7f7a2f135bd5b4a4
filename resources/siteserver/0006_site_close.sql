-- Site server schema: the site day close (docs/site.md 3.7). The brief's number is 9; it is 6 on
-- branch siteclose so that its tests run without 0006–0008 (renumber to 9 at merge). One day
-- close and one signed bundle per site and day, made at any joined desk once every desk has
-- pushed up to the close.
--
-- "Pushed up to the close", precisely: every desk reports at the end of each sync round (push
-- or pull only) the highest change number of its own rows (own_max: the rows written at that
-- desk, origin_desk NULL) and how many of them are still waiting to be pushed; a joined desk
-- has pushed up to the close when its server high-water mark (vaxsite.desk.high_water, moved by
-- push) is at or above the own_max it last reported. A desk that never reported is not pushed.
-- What a desk wrote after its last contact is invisible to the server: the close lists every
-- desk's last contact so the admin sees how old each answer is.
--
-- record_site_close: the close (part 1) or a follow-up (part 2, 3, …: the rows that arrived
-- after a forced close), written by the desk that wrote the bundle, after the bundle is on disk
-- and proven; one row per (day, part), so a second desk closing the same day is refused.

-- Each desk's last report of its own outbox (one row per desk, replaced by every report).
CREATE TABLE vaxsite.desk_outbox (
    desk_no     integer PRIMARY KEY REFERENCES vaxsite.desk(desk_no),
    incarnation uuid NOT NULL,
    own_max     bigint NOT NULL CHECK (own_max >= 0),
    waiting     bigint NOT NULL CHECK (waiting >= 0),
    reported_at timestamptz NOT NULL DEFAULT now()
);

-- The site's day closes: part 1 the close, 2… the follow-ups of a forced close.
CREATE TABLE vaxsite.site_close (
    site_day      date NOT NULL,
    part          integer NOT NULL CHECK (part >= 1),
    desk_no       integer NOT NULL REFERENCES vaxsite.desk(desk_no),
    incarnation   uuid NOT NULL,
    forced        boolean NOT NULL DEFAULT false,
    reason        text,
    -- every joined desk at the close: {"<desk>": {"high_water": n, "own_max": n|null,
    -- "waiting": n|null, "pushed": bool}}
    desks         jsonb NOT NULL,
    bundle_file   text NOT NULL,
    bundle_sha256 text NOT NULL,
    bundle_seq    integer NOT NULL,
    closed_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (site_day, part),
    CHECK (NOT forced OR length(btrim(coalesce(reason, ''))) > 0)
);

-- The caller's desk row (no lock), checked to be held by p_incarnation (VX001 otherwise).
CREATE FUNCTION vaxsite.current_desk(p_desk integer, p_incarnation uuid) RETURNS vaxsite.desk
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
DECLARE d vaxsite.desk;
BEGIN
    d := vaxsite.check_desk(p_desk);
    IF d.incarnation IS DISTINCT FROM p_incarnation THEN
        RAISE EXCEPTION 'desk % is held by another installation since %', p_desk, d.joined_at
            USING ERRCODE = 'VX001';
    END IF;
    RETURN d;
END $$;

-- A desk's report of its own outbox (the caller's desk only, its current incarnation).
CREATE FUNCTION vaxsite.report_outbox(p_desk integer, p_incarnation uuid, p_own_max bigint,
                                      p_waiting bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
BEGIN
    PERFORM vaxsite.current_desk(p_desk, p_incarnation);
    INSERT INTO vaxsite.desk_outbox (desk_no, incarnation, own_max, waiting)
    VALUES (p_desk, p_incarnation, p_own_max, p_waiting)
    ON CONFLICT (desk_no) DO UPDATE
       SET incarnation = excluded.incarnation, own_max = excluded.own_max,
           waiting = excluded.waiting, reported_at = now();
END $$;

-- Every joined desk's pushed high-water, its last report and last contact, and whether it has
-- pushed up to its report (the "has every desk pushed" question of the close).
CREATE FUNCTION vaxsite.close_readiness()
RETURNS TABLE (desk_no integer, high_water bigint, own_max bigint, waiting bigint,
               reported_at timestamptz, last_contact timestamptz, pushed boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
    SELECT d.desk_no, d.high_water, o.own_max, o.waiting, o.reported_at,
           GREATEST(d.last_push_at, d.last_pull_at, o.reported_at),
           o.own_max IS NOT NULL AND d.high_water >= o.own_max
      FROM vaxsite.desk d
      LEFT JOIN vaxsite.desk_outbox o
        ON o.desk_no = d.desk_no AND o.incarnation = d.incarnation
     WHERE d.incarnation IS NOT NULL
     ORDER BY d.desk_no
$$;

-- The closes of one day, part by part.
CREATE FUNCTION vaxsite.site_closes(p_day date)
RETURNS TABLE (part integer, desk_no integer, forced boolean, reason text, desks jsonb,
               bundle_file text, bundle_sha256 text, bundle_seq integer, closed_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
    SELECT c.part, c.desk_no, c.forced, c.reason, c.desks, c.bundle_file, c.bundle_sha256,
           c.bundle_seq, c.closed_at
      FROM vaxsite.site_close c WHERE c.site_day = p_day ORDER BY c.part
$$;

-- Records part p_part of day p_day's close, made by the caller's desk. Refused (VX004) when the
-- part exists (another desk closed the day first), when p_part is not the next part, or when a
-- follow-up comes from another desk than the one holding the day's chain.
CREATE FUNCTION vaxsite.record_site_close(p_desk integer, p_incarnation uuid, p_day date,
                                          p_part integer, p_forced boolean, p_reason text,
                                          p_desks jsonb, p_bundle_file text,
                                          p_bundle_sha256 text, p_bundle_seq integer)
RETURNS timestamptz
LANGUAGE plpgsql SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
DECLARE prior vaxsite.site_close;
BEGIN
    PERFORM vaxsite.current_desk(p_desk, p_incarnation);
    -- One close of a day at a time, whichever desk asks.
    PERFORM pg_advisory_xact_lock(hashtext('vaxsite.site_close'), p_day - date '2000-01-01');
    SELECT * INTO prior FROM vaxsite.site_close c WHERE c.site_day = p_day
     ORDER BY c.part DESC LIMIT 1;
    IF FOUND AND (p_part <> prior.part + 1 OR prior.desk_no <> p_desk) THEN
        RAISE EXCEPTION 'day % was closed by desk % at %', p_day, prior.desk_no, prior.closed_at
            USING ERRCODE = 'VX004';
    END IF;
    IF NOT FOUND AND p_part <> 1 THEN
        RAISE EXCEPTION 'day % has no close to follow up', p_day USING ERRCODE = 'VX004';
    END IF;
    INSERT INTO vaxsite.site_close(site_day, part, desk_no, incarnation, forced, reason, desks,
                                   bundle_file, bundle_sha256, bundle_seq)
    VALUES (p_day, p_part, p_desk, p_incarnation, p_forced, NULLIF(btrim(p_reason), ''),
            p_desks, p_bundle_file, p_bundle_sha256, p_bundle_seq);
    RETURN now();
END $$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA vaxsite FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vaxsite.report_outbox(integer, uuid, bigint, bigint),
    vaxsite.close_readiness(), vaxsite.site_closes(date),
    vaxsite.record_site_close(integer, uuid, date, integer, boolean, text, jsonb, text, text,
                              integer)
    TO {{desks}};
