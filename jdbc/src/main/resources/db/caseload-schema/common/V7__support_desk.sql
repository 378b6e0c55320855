-- The vendor's support desk and the support link: desk tickets with their notes and history, the
-- inbox that applies each received message once (and keeps those that arrived before an earlier
-- one of their ticket), and the per-ticket sequence numbers. Shared by H2 and PostgreSQL; the
-- screenshots kept at the desk are in V8, whose binary type differs.

CREATE TABLE desk_ticket (
    id                    ${id_type} NOT NULL,
    organization_id       ${id_type} NOT NULL,
    ticket_id             ${id_type} NOT NULL,
    kind                  VARCHAR NOT NULL,
    summary               VARCHAR NOT NULL,
    screen_id             VARCHAR NOT NULL,
    escalated_by          VARCHAR NOT NULL,
    attachment_media_type VARCHAR,
    status                VARCHAR NOT NULL,
    severity              INTEGER,
    complexity            VARCHAR,
    impact                VARCHAR,
    urgency               VARCHAR,
    priority              VARCHAR,
    tier                  INTEGER,
    support_group         VARCHAR,
    resolution            VARCHAR,
    received_at_epoch_ns  BIGINT  NOT NULL,
    updated_at_epoch_ns   BIGINT  NOT NULL,
    version               BIGINT  NOT NULL,
    CONSTRAINT desk_ticket_pk PRIMARY KEY (id),
    -- One desk ticket per organization's ticket: a repeated escalation finds it again.
    CONSTRAINT desk_ticket_correlation UNIQUE (organization_id, ticket_id)
);
-- The desk's queues, oldest first, by status and tier.
CREATE INDEX desk_ticket_by_status ON desk_ticket (status, received_at_epoch_ns, id);
CREATE INDEX desk_ticket_by_tier ON desk_ticket (tier, received_at_epoch_ns, id);

CREATE TABLE desk_note (
    id                  ${id_type} NOT NULL,
    -- Insertion order: notes are listed in the order they were added.
    added_seq           BIGINT GENERATED ALWAYS AS IDENTITY,
    desk_ticket_id      ${id_type} NOT NULL,
    author_user_id      VARCHAR NOT NULL,
    author_name         VARCHAR NOT NULL,
    shared              BOOLEAN NOT NULL,
    note_text           VARCHAR NOT NULL,
    created_at_epoch_ns BIGINT  NOT NULL,
    CONSTRAINT desk_note_pk PRIMARY KEY (id),
    CONSTRAINT desk_note_ticket_fk FOREIGN KEY (desk_ticket_id) REFERENCES desk_ticket (id)
);
CREATE INDEX desk_note_by_ticket ON desk_note (desk_ticket_id, added_seq);

-- Append-only: the store has no statement that changes or removes a row.
CREATE TABLE desk_history (
    id                   ${id_type} NOT NULL,
    added_seq            BIGINT GENERATED ALWAYS AS IDENTITY,
    desk_ticket_id       ${id_type} NOT NULL,
    occurred_at_epoch_ns BIGINT  NOT NULL,
    actor_user_id        VARCHAR NOT NULL,
    actor_name           VARCHAR NOT NULL,
    event_type           VARCHAR NOT NULL,
    from_status          VARCHAR,
    to_status            VARCHAR,
    from_tier            INTEGER,
    to_tier              INTEGER,
    detail               VARCHAR,
    note_shared          BOOLEAN,
    CONSTRAINT desk_history_pk PRIMARY KEY (id),
    CONSTRAINT desk_history_ticket_fk FOREIGN KEY (desk_ticket_id) REFERENCES desk_ticket (id)
);
CREATE INDEX desk_history_by_ticket ON desk_history (desk_ticket_id, added_seq);

-- Every message id received, once: the primary key refuses a second row, so two nodes applying
-- one message at once leave one application. The payload is kept only while the message waits.
CREATE TABLE support_received (
    message_id          ${id_type} NOT NULL,
    stream_id           ${id_type} NOT NULL,
    sequence_number     BIGINT  NOT NULL,
    state               VARCHAR NOT NULL,
    payload             VARCHAR,
    received_at_epoch_ns BIGINT NOT NULL,
    CONSTRAINT support_received_pk PRIMARY KEY (message_id),
    CONSTRAINT support_received_payload CHECK ((state = 'BUFFERED') = (payload IS NOT NULL))
);
CREATE INDEX support_received_waiting ON support_received (stream_id, state, sequence_number);

-- direction: SENT holds the last number handed out, APPLIED the last number applied.
CREATE TABLE support_sequence (
    stream_id       ${id_type} NOT NULL,
    direction       VARCHAR NOT NULL,
    last_number     BIGINT  NOT NULL,
    CONSTRAINT support_sequence_pk PRIMARY KEY (stream_id, direction)
);
