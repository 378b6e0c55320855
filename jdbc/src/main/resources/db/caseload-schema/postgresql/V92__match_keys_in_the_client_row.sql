-- Each client's match keys also in its own row (ADR 0147), so that a search counts a candidate's
-- ranking keys in the row it reads anyway to check the candidate is visible, instead of probing
-- client_match_key once per candidate. client_match_key stays: it finds the clients by key. The
-- H2 twin of this file fills the column with a correlated subquery; here one pass over the keys,
-- grouped by client, fills every row.
ALTER TABLE client ADD COLUMN match_keys VARCHAR[] NOT NULL DEFAULT '{}';

UPDATE client c SET match_keys = k.keys
FROM (SELECT client_id, array_agg(match_key ORDER BY match_key) AS keys
      FROM client_match_key GROUP BY client_id) k
WHERE c.id = k.client_id;
