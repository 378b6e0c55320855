-- The ticket lifecycle: the rest of where the user was, the screenshot's type, the host's
-- idempotency key, the assignee, the resolution and when the ticket entered its status; then the
-- screenshots and the history of every ticket. The H2 twin of this file differs only in the
-- idempotency key's index (a partial index here) and the screenshot's type (BYTEA here).

ALTER TABLE ticket ADD COLUMN record_reference VARCHAR;
ALTER TABLE ticket ADD COLUMN user_agent VARCHAR;
ALTER TABLE ticket ADD COLUMN screenshot_media_type VARCHAR;
ALTER TABLE ticket ADD COLUMN idempotency_key VARCHAR;
ALTER TABLE ticket ADD COLUMN idempotency_fingerprint VARCHAR;
ALTER TABLE ticket ADD COLUMN assignee_user_id VARCHAR;
ALTER TABLE ticket ADD COLUMN resolution VARCHAR;
-- Tickets stored before this version entered their status at their last change, at the latest.
ALTER TABLE ticket ADD COLUMN status_changed_at_epoch_ns BIGINT;
UPDATE ticket SET status_changed_at_epoch_ns = updated_at_epoch_ns;
ALTER TABLE ticket ALTER COLUMN status_changed_at_epoch_ns SET NOT NULL;

-- A key is unique within its organization; only tickets with one are indexed.
CREATE UNIQUE INDEX ticket_idempotency_key_unique ON ticket (organization_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
-- Maintenance finds the tickets longest in a status (resolved long enough ago to close) without a scan.
CREATE INDEX ticket_by_status_age ON ticket (status, status_changed_at_epoch_ns, id);
-- The queue's other orders and selections.
CREATE INDEX ticket_by_organization_update ON ticket (organization_id, updated_at_epoch_ns DESC, id);
CREATE INDEX ticket_by_organization_assignee
    ON ticket (organization_id, assignee_user_id, created_at_epoch_ns DESC, id);
CREATE INDEX ticket_by_organization_reporter
    ON ticket (organization_id, reporter_user_id, created_at_epoch_ns DESC, id);

-- At most one screenshot per ticket, up to the ticketing module's limit (10 MiB by default).
CREATE TABLE ticket_screenshot (
    ticket_id  ${id_type} NOT NULL,
    media_type VARCHAR NOT NULL,
    content    BYTEA   NOT NULL,
    CONSTRAINT ticket_screenshot_pk PRIMARY KEY (ticket_id),
    CONSTRAINT ticket_screenshot_ticket_fk FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);

-- Append-only: the store has no statement that changes or removes a row.
CREATE TABLE ticket_history (
    id                   ${id_type} NOT NULL,
    -- Insertion order: a ticket's history is listed in the order it was appended.
    added_seq            BIGINT GENERATED ALWAYS AS IDENTITY,
    ticket_id            ${id_type} NOT NULL,
    occurred_at_epoch_ns BIGINT  NOT NULL,
    actor_user_id        VARCHAR NOT NULL,
    actor_name           VARCHAR NOT NULL,
    event_type           VARCHAR NOT NULL,
    from_status          VARCHAR,
    to_status            VARCHAR,
    assignee_user_id     VARCHAR,
    note_id              VARCHAR,
    note_visibility      VARCHAR,
    CONSTRAINT ticket_history_pk PRIMARY KEY (id),
    CONSTRAINT ticket_history_ticket_fk FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);
CREATE INDEX ticket_history_by_ticket ON ticket_history (ticket_id, added_seq);
