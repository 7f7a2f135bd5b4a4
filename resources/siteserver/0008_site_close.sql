-- Site server schema 8: the site day close (docs/site.md 3.7). One day
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
-- The close is claimed before it is made (claim_site_close): a row in state 'closing', taken in
-- one transaction under the day's lock, naming the claiming desk and the time. Only then does the
-- desk export (its local export chain moves only once the server accepted the claim); once the
-- bundle is proven on disk, finish_site_close records it 'closed' with its sha256. A failed export
-- releases the claim (release_site_close: the row goes, nothing is recorded). A second desk is
-- refused while the claim is live or the part is closed. A claim older than 10 minutes (the
-- closing desk died mid-close) may be taken over by any desk, a younger one only by a site
-- administrator's forced close with a reason (taken_from, takeover_reason record it); the desk
-- that lost its claim can no longer finish. One row per (day, part).
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
    -- 'closing': claimed by desk_no at claimed_at, bundle not yet proven; 'closed': recorded.
    state         text NOT NULL DEFAULT 'closing' CHECK (state IN ('closing', 'closed')),
    claimed_at    timestamptz NOT NULL DEFAULT now(),
    taken_from    integer,  -- the desk whose stale or forced-over claim this one took
    takeover_reason text,
    bundle_file   text,
    bundle_sha256 text,
    bundle_seq    integer,
    closed_at     timestamptz,
    PRIMARY KEY (site_day, part),
    CHECK (NOT forced OR length(btrim(coalesce(reason, ''))) > 0),
    CHECK (state = 'closing' OR (bundle_file IS NOT NULL AND bundle_sha256 IS NOT NULL
                                 AND bundle_seq IS NOT NULL AND closed_at IS NOT NULL))
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

-- The closes of one day, part by part (the recorded ones; a live claim is site_close_claim's).
CREATE FUNCTION vaxsite.site_closes(p_day date)
RETURNS TABLE (part integer, desk_no integer, forced boolean, reason text, desks jsonb,
               bundle_file text, bundle_sha256 text, bundle_seq integer, closed_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
    SELECT c.part, c.desk_no, c.forced, c.reason, c.desks, c.bundle_file, c.bundle_sha256,
           c.bundle_seq, c.closed_at
      FROM vaxsite.site_close c WHERE c.site_day = p_day AND c.state = 'closed' ORDER BY c.part
$$;

-- The day's claim in progress, if any: the part, the closing desk, since when, and its age.
CREATE FUNCTION vaxsite.site_close_claim(p_day date)
RETURNS TABLE (part integer, desk_no integer, claimed_at timestamptz, age_seconds double precision)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
    SELECT c.part, c.desk_no, c.claimed_at, extract(epoch FROM now() - c.claimed_at)
      FROM vaxsite.site_close c WHERE c.site_day = p_day AND c.state = 'closing'
$$;

-- Claims part p_part of day p_day's close for the caller's desk (see the header). Refused
-- (VX004) when the part is closed (another desk closed the day first), when p_part is not the
-- next part, when a follow-up comes from another desk than the one holding the day's chain, or
-- (VX005) when another desk holds a live claim. p_takeover_reason (a site administrator's forced
-- close) takes over a live claim of another desk; a claim older than 10 minutes is taken over
-- without one. The caller's own claim (its earlier attempt died) is taken again.
CREATE FUNCTION vaxsite.claim_site_close(p_desk integer, p_incarnation uuid, p_day date,
                                         p_part integer, p_forced boolean, p_reason text,
                                         p_desks jsonb, p_takeover_reason text)
RETURNS timestamptz
LANGUAGE plpgsql SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
DECLARE
    prior vaxsite.site_close;
    taking boolean := false;
BEGIN
    PERFORM vaxsite.current_desk(p_desk, p_incarnation);
    -- One close of a day at a time, whichever desk asks.
    PERFORM pg_advisory_xact_lock(hashtext('vaxsite.site_close'), p_day - date '2000-01-01');
    SELECT * INTO prior FROM vaxsite.site_close c WHERE c.site_day = p_day
     ORDER BY c.part DESC LIMIT 1;
    IF FOUND AND prior.state = 'closing' THEN
        IF prior.part <> p_part THEN
            RAISE EXCEPTION 'day % has part % claimed, not %', p_day, prior.part, p_part
                USING ERRCODE = 'VX004';
        END IF;
        IF prior.desk_no <> p_desk OR prior.incarnation <> p_incarnation THEN
            IF p_part > 1 THEN
                -- A follow-up belongs to the chain's desk: never taken over by another desk.
                RAISE EXCEPTION 'day % is being closed by desk % since %', p_day, prior.desk_no,
                    prior.claimed_at USING ERRCODE = 'VX005';
            END IF;
            IF now() - prior.claimed_at < interval '10 minutes'
               AND length(btrim(coalesce(p_takeover_reason, ''))) = 0 THEN
                RAISE EXCEPTION 'day % is being closed by desk % since %', p_day, prior.desk_no,
                    prior.claimed_at USING ERRCODE = 'VX005';
            END IF;
            taking := true;
        END IF;
        UPDATE vaxsite.site_close c
           SET desk_no = p_desk, incarnation = p_incarnation, forced = p_forced,
               reason = NULLIF(btrim(p_reason), ''), desks = p_desks, claimed_at = now(),
               taken_from = CASE WHEN taking THEN prior.desk_no ELSE c.taken_from END,
               takeover_reason = CASE WHEN taking
                                      THEN COALESCE(NULLIF(btrim(p_takeover_reason), ''),
                                                    'claim older than 10 minutes')
                                      ELSE c.takeover_reason END
         WHERE c.site_day = p_day AND c.part = p_part;
        RETURN now();
    END IF;
    IF FOUND AND (p_part <> prior.part + 1 OR prior.desk_no <> p_desk) THEN
        RAISE EXCEPTION 'day % was closed by desk % at %', p_day, prior.desk_no, prior.closed_at
            USING ERRCODE = 'VX004';
    END IF;
    IF NOT FOUND AND p_part <> 1 THEN
        RAISE EXCEPTION 'day % has no close to follow up', p_day USING ERRCODE = 'VX004';
    END IF;
    INSERT INTO vaxsite.site_close(site_day, part, desk_no, incarnation, forced, reason, desks)
    VALUES (p_day, p_part, p_desk, p_incarnation, p_forced, NULLIF(btrim(p_reason), ''), p_desks);
    RETURN now();
END $$;

-- The caller's claim, held by it (VX004 when another desk took it over or it is gone).
CREATE FUNCTION vaxsite.held_site_close(p_desk integer, p_incarnation uuid, p_day date,
                                        p_part integer) RETURNS vaxsite.site_close
LANGUAGE plpgsql SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
DECLARE c vaxsite.site_close;
BEGIN
    PERFORM vaxsite.current_desk(p_desk, p_incarnation);
    PERFORM pg_advisory_xact_lock(hashtext('vaxsite.site_close'), p_day - date '2000-01-01');
    SELECT * INTO c FROM vaxsite.site_close s WHERE s.site_day = p_day AND s.part = p_part;
    IF NOT FOUND OR c.state <> 'closing' OR c.desk_no <> p_desk
       OR c.incarnation <> p_incarnation THEN
        RAISE EXCEPTION 'the close of day % part % is no longer claimed by desk % (desk % %)',
            p_day, p_part, p_desk, c.desk_no, coalesce(c.state, 'none') USING ERRCODE = 'VX004';
    END IF;
    RETURN c;
END $$;

-- Records the caller's claimed part as closed with its proven bundle.
CREATE FUNCTION vaxsite.finish_site_close(p_desk integer, p_incarnation uuid, p_day date,
                                          p_part integer, p_bundle_file text,
                                          p_bundle_sha256 text, p_bundle_seq integer)
RETURNS timestamptz
LANGUAGE plpgsql SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
BEGIN
    PERFORM vaxsite.held_site_close(p_desk, p_incarnation, p_day, p_part);
    UPDATE vaxsite.site_close c
       SET state = 'closed', bundle_file = p_bundle_file, bundle_sha256 = p_bundle_sha256,
           bundle_seq = p_bundle_seq, closed_at = now()
     WHERE c.site_day = p_day AND c.part = p_part;
    RETURN now();
END $$;

-- Gives the caller's claim up (its export failed): nothing of the close stays recorded.
CREATE FUNCTION vaxsite.release_site_close(p_desk integer, p_incarnation uuid, p_day date,
                                           p_part integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
BEGIN
    PERFORM vaxsite.held_site_close(p_desk, p_incarnation, p_day, p_part);
    DELETE FROM vaxsite.site_close c WHERE c.site_day = p_day AND c.part = p_part;
END $$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA vaxsite FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vaxsite.report_outbox(integer, uuid, bigint, bigint),
    vaxsite.close_readiness(), vaxsite.site_closes(date), vaxsite.site_close_claim(date),
    vaxsite.claim_site_close(integer, uuid, date, integer, boolean, text, jsonb, text),
    vaxsite.finish_site_close(integer, uuid, date, integer, text, text, integer),
    vaxsite.release_site_close(integer, uuid, date, integer)
    TO {{desks}};
