-- Claiming walks the pending messages oldest first. H2 has no partial indexes, so the status
-- leads the index instead.
CREATE INDEX outbox_message_claim ON outbox_message (status, created_at_epoch_ns, appended_seq);
