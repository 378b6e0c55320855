-- When the current run of delivery attempts began (creation, or a person's resend of a dead
-- message): retries give up by age from here.
ALTER TABLE outbox_message ADD COLUMN queued_at_epoch_ns BIGINT;
UPDATE outbox_message SET queued_at_epoch_ns = created_at_epoch_ns;
ALTER TABLE outbox_message ALTER COLUMN queued_at_epoch_ns SET NOT NULL;

-- A claim looks for an earlier undelivered message of the same record (per-record order).
CREATE INDEX outbox_message_record_order ON outbox_message (aggregate_id, created_at_epoch_ns, appended_seq);

-- Pruning forgets applied inbox ids by age.
CREATE INDEX support_received_age ON support_received (state, received_at_epoch_ns);
