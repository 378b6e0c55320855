-- A hash index of the client ids beside the primary key (ADR 0153). A search reads each of up to
-- 500 candidates' rows by id, in a nested loop; through the primary key's B-tree that is a descent
-- of three pages and about two dozen id comparisons a candidate before the row's page, through a
-- hash index one bucket page. The primary key stays: it keeps the ids unique, and serves ranges
-- and ordered scans, which a hash index cannot.
--
-- PostgreSQL only: the latency this buys was measured on PostgreSQL, and the embedded H2
-- database keeps the primary key alone (ADR 0153).
CREATE INDEX client_by_id_hash ON client USING hash (id);
