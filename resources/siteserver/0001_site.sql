-- Site server schema 1 (docs/site.md): the site, its desks, the shared change log and the
-- functions desks call. Run by `vaxctl site-server init` as the database's owner, in one
-- transaction with its row in vaxsite.schema_version. {{desks}} is the group role of this
-- database's desks and {{database}} the database, both quoted identifiers.
--
-- Desks get no table privilege: every read and write goes through the SECURITY DEFINER
-- functions below, which take the desk from session_user.

CREATE SCHEMA vaxsite;
REVOKE ALL ON SCHEMA vaxsite FROM PUBLIC;
GRANT USAGE ON SCHEMA vaxsite TO {{desks}};
REVOKE ALL ON DATABASE {{database}} FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE {{database}} TO {{desks}};

-- The server migrations applied, one row each (the runner adds the row of each migration).
CREATE TABLE vaxsite.schema_version (
    version    integer PRIMARY KEY CHECK (version > 0),
    name       text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);

-- One row: which site this server serves, and the protocol versions it accepts.
CREATE TABLE vaxsite.site (
    id           integer PRIMARY KEY CHECK (id = 1),
    site_code    text NOT NULL CHECK (length(site_code) > 0),
    created_at   timestamptz NOT NULL DEFAULT now(),
    protocol_min integer NOT NULL,
    protocol_max integer NOT NULL,
    CHECK (protocol_min <= protocol_max)
);

-- A desk number, its role, and the incarnation (the installation) that holds it.
CREATE TABLE vaxsite.desk (
    desk_no      integer PRIMARY KEY CHECK (desk_no BETWEEN 1 AND 999),
    role_name    text NOT NULL UNIQUE,
    incarnation  uuid UNIQUE,          -- NULL until a desk joins
    joined_at    timestamptz,
    high_water   bigint NOT NULL DEFAULT 0 CHECK (high_water >= 0),
    last_push_at timestamptz,
    last_pull_at timestamptz,
    app_version  text,
    desk_schema  integer
);

-- Every incarnation a desk number had (a re-join after a reinstall starts a new one).
CREATE TABLE vaxsite.desk_incarnation (
    incarnation uuid PRIMARY KEY,
    desk_no     integer NOT NULL REFERENCES vaxsite.desk(desk_no),
    joined_at   timestamptz NOT NULL DEFAULT now(),
    retired_at  timestamptz,
    high_water  bigint NOT NULL DEFAULT 0
);

-- The shared change log: one row per pushed change, unique per (incarnation, desk sequence).
-- Pulls read it by (txid, server_seq), clamped to the oldest open transaction (docs/site.md 3.5).
CREATE TABLE vaxsite.change (
    server_seq  bigserial NOT NULL,
    txid        xid8 NOT NULL DEFAULT pg_current_xact_id(),
    incarnation uuid NOT NULL REFERENCES vaxsite.desk_incarnation(incarnation),
    desk_no     integer NOT NULL,
    desk_seq    bigint NOT NULL CHECK (desk_seq > 0),
    tbl         text NOT NULL,
    row_id      text NOT NULL,
    hash        text NOT NULL,
    payload     jsonb NOT NULL,
    pushed_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (incarnation, desk_seq)
);
CREATE INDEX change_pull ON vaxsite.change (txid, server_seq);

-- The site's rows as the server holds them (the latest version of each), for site-wide reads.
CREATE TABLE vaxsite.record (
    tbl        text NOT NULL,
    row_id     text NOT NULL,
    desk_no    integer NOT NULL,
    desk_seq   bigint NOT NULL,
    payload    jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tbl, row_id)
);

-- What could not be applied or needs a person: merges, double doses, rows set aside.
CREATE TABLE vaxsite.conflict (
    id          bigserial PRIMARY KEY,
    kind        text NOT NULL,
    tbl         text,
    row_id      text,
    desk_no     integer,
    detail      jsonb NOT NULL DEFAULT '{}',
    raised_at   timestamptz NOT NULL DEFAULT now(),
    resolved_at timestamptz
);

-- Set-up only (the owner): a desk's login role, member of the desks' group, with the timeouts
-- that keep one stuck desk from stalling the others' pulls.
CREATE FUNCTION vaxsite.admin_create_desk(p_desk integer, p_role text, p_group text,
                                          p_password text) RETURNS void
LANGUAGE plpgsql SET search_path = vaxsite, pg_temp AS $$
BEGIN
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_role, p_password, p_group);
    EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', p_role, '30s');
    EXECUTE format('ALTER ROLE %I SET statement_timeout = %L', p_role, '60s');
    INSERT INTO vaxsite.desk(desk_no, role_name) VALUES (p_desk, p_role);
END $$;

-- What a desk asks first: the site, the schema, the protocol range and its own desk number.
CREATE FUNCTION vaxsite.hello()
RETURNS TABLE (site_code text, schema_version integer, protocol_min integer,
               protocol_max integer, desk_no integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
    SELECT s.site_code, (SELECT max(version) FROM vaxsite.schema_version), s.protocol_min,
           s.protocol_max, (SELECT d.desk_no FROM vaxsite.desk d WHERE d.role_name = session_user)
      FROM vaxsite.site s WHERE s.id = 1
$$;

-- The caller's desk row, locked; an error (VX002) for a role that is not this desk's.
CREATE FUNCTION vaxsite.own_desk(p_desk integer) RETURNS vaxsite.desk
LANGUAGE plpgsql SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
DECLARE d vaxsite.desk;
BEGIN
    SELECT * INTO d FROM vaxsite.desk WHERE desk.desk_no = p_desk FOR UPDATE;
    IF NOT FOUND OR d.role_name <> session_user THEN
        RAISE EXCEPTION 'role % is not the role of desk %', session_user, p_desk
            USING ERRCODE = 'VX002';
    END IF;
    RETURN d;
END $$;

-- Joins the caller's desk as `p_incarnation`. The same incarnation again is harmless; another
-- incarnation is refused (VX001) unless p_rejoin, which retires the old one and starts anew.
CREATE FUNCTION vaxsite.join_desk(p_desk integer, p_incarnation uuid, p_rejoin boolean,
                                  p_app_version text, p_desk_schema integer)
RETURNS timestamptz
LANGUAGE plpgsql SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
DECLARE d vaxsite.desk;
BEGIN
    d := vaxsite.own_desk(p_desk);
    IF d.incarnation = p_incarnation THEN
        UPDATE vaxsite.desk SET app_version = p_app_version, desk_schema = p_desk_schema
         WHERE desk_no = p_desk;
        RETURN d.joined_at;
    END IF;
    IF d.incarnation IS NOT NULL AND NOT p_rejoin THEN
        RAISE EXCEPTION 'desk % was joined on %', p_desk, d.joined_at USING ERRCODE = 'VX001';
    END IF;
    IF d.incarnation IS NOT NULL THEN
        UPDATE vaxsite.desk_incarnation SET retired_at = now(), high_water = d.high_water
         WHERE incarnation = d.incarnation;
    END IF;
    INSERT INTO vaxsite.desk_incarnation(incarnation, desk_no) VALUES (p_incarnation, p_desk);
    UPDATE vaxsite.desk SET incarnation = p_incarnation, joined_at = now(), high_water = 0,
                            last_push_at = NULL, last_pull_at = NULL,
                            app_version = p_app_version, desk_schema = p_desk_schema
     WHERE desk_no = p_desk;
    RETURN now();
END $$;

-- Whether desk p_desk is held, and since when (the caller's own desk only).
CREATE FUNCTION vaxsite.desk_holder(p_desk integer)
RETURNS TABLE (incarnation uuid, joined_at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
DECLARE d vaxsite.desk;
BEGIN
    d := vaxsite.own_desk(p_desk);
    incarnation := d.incarnation;
    joined_at := d.joined_at;
    RETURN NEXT;
END $$;

-- Every desk's last push and pull, for `vaxctl site status` on any desk.
CREATE FUNCTION vaxsite.desks()
RETURNS TABLE (desk_no integer, joined_at timestamptz, last_push_at timestamptz,
               last_pull_at timestamptz, high_water bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
    SELECT desk_no, joined_at, last_push_at, last_pull_at, high_water
      FROM vaxsite.desk ORDER BY desk_no
$$;

CREATE FUNCTION vaxsite.open_conflicts() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
    SELECT count(*) FROM vaxsite.conflict WHERE resolved_at IS NULL
$$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA vaxsite FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vaxsite.hello(), vaxsite.join_desk(integer, uuid, boolean, text, integer),
    vaxsite.desk_holder(integer), vaxsite.desks(), vaxsite.open_conflicts() TO {{desks}};
