-- Casework: households, projects, enrollments, case notes, the service catalog and the services
-- delivered. Shared by H2 and PostgreSQL; text that orders rows or breaks ties is of ${id_type},
-- so that it sorts by character code on every database.
--
-- References between records (a member's client, an enrollment's project) are checked by core,
-- not by foreign keys, so that every storage, the in-memory one included, behaves alike. HUD code
-- lists are kept by their published codes (INTEGER), so exports need no mapping.

CREATE TABLE household (
    id                  ${id_type} NOT NULL,
    organization_id     VARCHAR NOT NULL,
    created_at_epoch_ns BIGINT  NOT NULL,
    updated_at_epoch_ns BIGINT  NOT NULL,
    version             BIGINT  NOT NULL,
    CONSTRAINT household_pk PRIMARY KEY (id)
);

-- A household's members are rewritten as a whole with the household, in the order they joined.
-- primary_client_id holds the client id when this is the client's primary household and is NULL
-- otherwise: a unique column whose NULLs never clash keeps a client primary in one household
-- only, on both databases.
CREATE TABLE household_member (
    household_id      ${id_type} NOT NULL,
    member_order      INTEGER NOT NULL,
    client_id         ${id_type} NOT NULL,
    relationship_code INTEGER NOT NULL,
    primary_client_id ${id_type},
    CONSTRAINT household_member_pk PRIMARY KEY (household_id, member_order),
    CONSTRAINT household_member_household_fk FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT household_member_one_primary UNIQUE (primary_client_id)
);
CREATE INDEX household_member_by_client ON household_member (client_id);

CREATE TABLE project (
    id                  ${id_type} NOT NULL,
    organization_id     VARCHAR NOT NULL,
    name                ${id_type} NOT NULL,
    created_at_epoch_ns BIGINT  NOT NULL,
    version             BIGINT  NOT NULL,
    CONSTRAINT project_pk PRIMARY KEY (id)
);
CREATE INDEX project_by_organization ON project (organization_id, name, id);

CREATE TABLE enrollment (
    id                  ${id_type} NOT NULL,
    organization_id     VARCHAR NOT NULL,
    client_id           ${id_type} NOT NULL,
    project_id          ${id_type} NOT NULL,
    household_id        ${id_type} NOT NULL,
    relationship_code   INTEGER NOT NULL,
    entry_date          DATE    NOT NULL,
    exit_date           DATE,
    destination_code    INTEGER,
    created_at_epoch_ns BIGINT  NOT NULL,
    updated_at_epoch_ns BIGINT  NOT NULL,
    version             BIGINT  NOT NULL,
    CONSTRAINT enrollment_pk PRIMARY KEY (id),
    CONSTRAINT enrollment_exit_complete CHECK ((exit_date IS NULL) = (destination_code IS NULL))
);
CREATE INDEX enrollment_by_client ON enrollment (client_id, entry_date DESC, id);
CREATE INDEX enrollment_by_household ON enrollment (household_id, entry_date DESC, id);

CREATE TABLE case_note (
    id                  ${id_type} NOT NULL,
    organization_id     VARCHAR NOT NULL,
    client_id           ${id_type} NOT NULL,
    enrollment_id       ${id_type},
    note_date           DATE    NOT NULL,
    author_user_id      VARCHAR NOT NULL,
    author_name         VARCHAR NOT NULL,
    regarding           VARCHAR NOT NULL,
    note_text           VARCHAR NOT NULL,
    read_only           BOOLEAN NOT NULL,
    created_at_epoch_ns BIGINT  NOT NULL,
    updated_at_epoch_ns BIGINT  NOT NULL,
    version             BIGINT  NOT NULL,
    CONSTRAINT case_note_pk PRIMARY KEY (id)
);
-- A client's most recent notes, within the writing organization.
CREATE INDEX case_note_by_client ON case_note (client_id, note_date DESC, created_at_epoch_ns DESC, id);

CREATE TABLE service_group (
    id                  ${id_type} NOT NULL,
    organization_id     VARCHAR NOT NULL,
    name                ${id_type} NOT NULL,
    created_at_epoch_ns BIGINT  NOT NULL,
    version             BIGINT  NOT NULL,
    CONSTRAINT service_group_pk PRIMARY KEY (id)
);
CREATE INDEX service_group_by_organization ON service_group (organization_id, name, id);

CREATE TABLE service_type (
    id                  ${id_type} NOT NULL,
    organization_id     VARCHAR NOT NULL,
    group_id            ${id_type} NOT NULL,
    name                ${id_type} NOT NULL,
    unit                VARCHAR NOT NULL,
    created_at_epoch_ns BIGINT  NOT NULL,
    version             BIGINT  NOT NULL,
    CONSTRAINT service_type_pk PRIMARY KEY (id),
    CONSTRAINT service_type_group_fk FOREIGN KEY (group_id) REFERENCES service_group (id)
);
CREATE INDEX service_type_by_organization ON service_type (organization_id, name, id);

-- Values are kept with two decimals, as the SPI record normalizes them.
CREATE TABLE service_delivery (
    id                  ${id_type} NOT NULL,
    organization_id     VARCHAR NOT NULL,
    client_id           ${id_type} NOT NULL,
    enrollment_id       ${id_type},
    service_type_id     ${id_type} NOT NULL,
    delivered_value     NUMERIC(15, 2) NOT NULL,
    delivered_on        DATE    NOT NULL,
    recorded_by         VARCHAR NOT NULL,
    created_at_epoch_ns BIGINT  NOT NULL,
    updated_at_epoch_ns BIGINT  NOT NULL,
    version             BIGINT  NOT NULL,
    CONSTRAINT service_delivery_pk PRIMARY KEY (id)
);
CREATE INDEX service_delivery_by_client ON service_delivery (client_id, delivered_on DESC, created_at_epoch_ns DESC, id);
