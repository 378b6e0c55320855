-- Claiming walks the pending messages oldest first. Only pending messages are indexed, so the
-- index stays small however many delivered messages are kept for the record.
CREATE INDEX outbox_message_claim ON outbox_message (created_at_epoch_ns, appended_seq)
    WHERE status = 'PENDING';
