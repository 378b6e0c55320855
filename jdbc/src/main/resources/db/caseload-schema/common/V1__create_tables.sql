-- The tables of every store. This file is the SQL that H2 2.x and PostgreSQL share; what differs
-- between them is the ${id_type} placeholder (below) and the migrations in the h2/ and
-- postgresql/ folders beside this one.
--
-- Instants are kept as nanoseconds since the epoch (columns ending in _epoch_ns): PostgreSQL
-- timestamps hold only microseconds, and a record must read back exactly as it was written.
-- Enumerations are kept by their Java constant names.
--
-- ${id_type} is the type of record ids. Ids break ties in every ordering, and they must sort the
-- same way on every database: by character code, not by the database's locale.

CREATE TABLE client (
    id                  ${id_type} NOT NULL,
    organization_id     VARCHAR NOT NULL,
    first_name          VARCHAR NOT NULL,
    middle_name         VARCHAR,
    last_name           VARCHAR NOT NULL,
    suffix              VARCHAR,
    date_of_birth       DATE,
    created_at_epoch_ns BIGINT  NOT NULL,
    updated_at_epoch_ns BIGINT  NOT NULL,
    version             BIGINT  NOT NULL,
    CONSTRAINT client_pk PRIMARY KEY (id)
);

-- The retrieval keys core computes; the primary key doubles as the lookup index by key.
CREATE TABLE client_match_key (
    match_key VARCHAR NOT NULL,
    client_id ${id_type} NOT NULL,
    CONSTRAINT client_match_key_pk PRIMARY KEY (match_key, client_id),
    CONSTRAINT client_match_key_client_fk FOREIGN KEY (client_id) REFERENCES client (id)
);
-- Replacing a client's keys on update finds them by client.
CREATE INDEX client_match_key_by_client ON client_match_key (client_id);

CREATE TABLE ticket (
    id                  ${id_type} NOT NULL,
    organization_id     VARCHAR NOT NULL,
    reporter_user_id    VARCHAR NOT NULL,
    kind                VARCHAR NOT NULL,
    status              VARCHAR NOT NULL,
    description         VARCHAR NOT NULL,
    screen_id           VARCHAR NOT NULL,
    form_id             VARCHAR,
    application_version VARCHAR,
    contact_name        VARCHAR NOT NULL,
    contact_email       VARCHAR,
    contact_phone       VARCHAR,
    contact_method      VARCHAR NOT NULL,
    created_at_epoch_ns BIGINT  NOT NULL,
    updated_at_epoch_ns BIGINT  NOT NULL,
    version             BIGINT  NOT NULL,
    CONSTRAINT ticket_pk PRIMARY KEY (id)
);
-- An organization's queue, newest first.
CREATE INDEX ticket_by_organization ON ticket (organization_id, created_at_epoch_ns DESC, id);

CREATE TABLE ticket_note (
    id                  ${id_type} NOT NULL,
    -- Insertion order: notes are listed in the order they were added.
    added_seq           BIGINT GENERATED ALWAYS AS IDENTITY,
    ticket_id           ${id_type} NOT NULL,
    author_name         VARCHAR NOT NULL,
    visibility          VARCHAR NOT NULL,
    origin              VARCHAR NOT NULL,
    note_text           VARCHAR NOT NULL,
    created_at_epoch_ns BIGINT  NOT NULL,
    CONSTRAINT ticket_note_pk PRIMARY KEY (id),
    CONSTRAINT ticket_note_ticket_fk FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);
CREATE INDEX ticket_note_by_ticket ON ticket_note (ticket_id, added_seq);

-- Append-only: the store has no statement that changes or removes a row.
CREATE TABLE audit_entry (
    id                   ${id_type} NOT NULL,
    occurred_at_epoch_ns BIGINT  NOT NULL,
    user_id              VARCHAR NOT NULL,
    organization_id      VARCHAR,
    action               VARCHAR NOT NULL,
    outcome              VARCHAR NOT NULL,
    record_type          VARCHAR,
    record_id            VARCHAR,
    detail               VARCHAR,
    CONSTRAINT audit_entry_pk PRIMARY KEY (id)
);
CREATE INDEX audit_entry_by_organization ON audit_entry (organization_id, occurred_at_epoch_ns, id);
CREATE INDEX audit_entry_by_user ON audit_entry (user_id, occurred_at_epoch_ns, id);
CREATE INDEX audit_entry_by_record ON audit_entry (record_id, occurred_at_epoch_ns, id);

CREATE TABLE outbox_message (
    id                       ${id_type} NOT NULL,
    -- Insertion order: breaks ties between messages created at the same instant.
    appended_seq             BIGINT GENERATED ALWAYS AS IDENTITY,
    topic                    VARCHAR NOT NULL,
    aggregate_id             VARCHAR NOT NULL,
    payload                  VARCHAR NOT NULL,
    created_at_epoch_ns      BIGINT  NOT NULL,
    attempts                 INTEGER NOT NULL,
    next_attempt_at_epoch_ns BIGINT  NOT NULL,
    status                   VARCHAR NOT NULL,
    last_error               VARCHAR,
    CONSTRAINT outbox_message_pk PRIMARY KEY (id)
);
