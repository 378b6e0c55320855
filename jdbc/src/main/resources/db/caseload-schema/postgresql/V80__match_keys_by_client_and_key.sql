-- A search ranks the clients its selective match keys find by how many of all its keys each holds,
-- keys too common to select by included: one probe of this index per candidate, answered from the
-- index alone (ADR 0130). It also serves the foreign key's lookups by client, which the index on
-- the client alone served: that one goes. The H2 twin of this file keeps it.
CREATE INDEX client_match_key_by_client_and_key ON client_match_key (client_id, match_key);
DROP INDEX client_match_key_by_client;
