-- Each client's match keys also in its own row (ADR 0147), so that a search counts a candidate's
-- ranking keys in the row it reads anyway to check the candidate is visible. client_match_key
-- stays: it finds the clients by key. The PostgreSQL twin of this file fills the column by
-- rewriting the table, which leaves no dead rows behind.
ALTER TABLE client ADD COLUMN match_keys VARCHAR ARRAY NOT NULL DEFAULT ARRAY[];

UPDATE client SET match_keys = ARRAY(SELECT k.match_key FROM client_match_key k
                                     WHERE k.client_id = client.id ORDER BY k.match_key);
