-- Each client's match keys also in its own row (ADR 0147), so that a search counts a candidate's
-- ranking keys in the row it reads anyway to check the candidate is visible, instead of probing
-- client_match_key once per candidate. client_match_key stays: it finds the clients by key.
--
-- The column is filled by changing its type with a USING expression, which rewrites the table
-- once, every row with its keys, and rebuilds its indexes. An UPDATE of every row would leave the
-- table twice its size, half of it dead rows until a VACUUM FULL, and the visibility check reads
-- that table once per candidate. (The H2 twin of this file fills the column with an UPDATE.)
CREATE FUNCTION caseload_match_keys_of(client_id VARCHAR) RETURNS VARCHAR[] LANGUAGE sql STABLE AS $$
    SELECT COALESCE(array_agg(k.match_key ORDER BY k.match_key), '{}')
    FROM client_match_key k WHERE k.client_id = $1
$$;

ALTER TABLE client ADD COLUMN match_keys VARCHAR[];
ALTER TABLE client ALTER COLUMN match_keys TYPE VARCHAR[] USING caseload_match_keys_of(id);
ALTER TABLE client ALTER COLUMN match_keys SET DEFAULT '{}', ALTER COLUMN match_keys SET NOT NULL;

DROP FUNCTION caseload_match_keys_of(VARCHAR);
