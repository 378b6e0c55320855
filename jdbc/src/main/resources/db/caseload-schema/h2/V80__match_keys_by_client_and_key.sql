-- A search ranks the clients its selective match keys find by how many of all its keys each holds,
-- keys too common to select by included: one probe of this index per candidate (ADR 0130). The
-- PostgreSQL twin of this file drops the index on the client alone; H2 keeps it, as its foreign key
-- may rest on it.
CREATE INDEX client_match_key_by_client_and_key ON client_match_key (client_id, match_key);
