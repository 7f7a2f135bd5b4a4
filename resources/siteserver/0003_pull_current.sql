-- Site server schema 3 (docs/site.md 3.6): a pulled change says whether it is still the
-- server's current version of its row.
--
-- The server's record of a row is its last version by arrival (push), except an append-only row
-- another desk sent again (kept as its first desk wrote it). A desk applying pulled changes in
-- pull order would otherwise overwrite a version of its own that reached the server later: two
-- desks changing one row offline would each end with the other's version. With `current`, a
-- desk applies only the server's current version of a row; a superseded change is skipped (the
-- version that superseded it is this desk's own, or comes in this pull or a later one).
DROP FUNCTION vaxsite.pull(integer, text, bigint, integer);
CREATE FUNCTION vaxsite.pull(p_desk integer, p_after_txid text, p_after_seq bigint,
                             p_limit integer)
RETURNS TABLE (txid text, server_seq bigint, desk_no integer, desk_seq bigint, tbl text,
               row_id text, payload jsonb, current boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = vaxsite, pg_temp AS $$
BEGIN
    PERFORM vaxsite.check_desk(p_desk);
    RETURN QUERY
        SELECT c.txid::text, c.server_seq, c.desk_no, c.desk_seq, c.tbl, c.row_id, c.payload,
               EXISTS (SELECT 1 FROM vaxsite.record r
                        WHERE r.tbl = c.tbl AND r.row_id = c.row_id
                          AND r.desk_no = c.desk_no AND r.desk_seq = c.desk_seq)
          FROM vaxsite.change c
         WHERE (c.txid, c.server_seq) > (p_after_txid::xid8, p_after_seq)
           AND c.txid < pg_snapshot_xmin(pg_current_snapshot())
           AND c.desk_no <> p_desk
         ORDER BY c.txid, c.server_seq
         LIMIT greatest(1, least(p_limit, 5000));
    UPDATE vaxsite.desk SET last_pull_at = now() WHERE desk.desk_no = p_desk;
END $$;

REVOKE ALL ON FUNCTION vaxsite.pull(integer, text, bigint, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION vaxsite.pull(integer, text, bigint, integer) TO {{desks}};
