-- Duplicates: an identifier from another system compared by the matcher, restricted intake, and
-- merges (kept so that they can be undone exactly) and links between clients.

ALTER TABLE client ADD COLUMN other_id VARCHAR;
ALTER TABLE client ADD COLUMN restricted BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE client ADD COLUMN merged_into ${id_type};
-- Bulk work walks an organization's clients in id order.
CREATE INDEX client_by_organization ON client (organization_id, id);

CREATE TABLE client_merge (
    id                    ${id_type} NOT NULL,
    organization_id       VARCHAR NOT NULL,
    source_client_id      ${id_type} NOT NULL,
    target_client_id      ${id_type} NOT NULL,
    reason                VARCHAR NOT NULL,
    merged_by             VARCHAR NOT NULL,
    merged_at_epoch_ns    BIGINT  NOT NULL,
    unmerged_by           VARCHAR,
    unmerged_at_epoch_ns  BIGINT,
    version               BIGINT  NOT NULL,
    CONSTRAINT client_merge_pk PRIMARY KEY (id),
    CONSTRAINT client_merge_undone_complete CHECK ((unmerged_by IS NULL) = (unmerged_at_epoch_ns IS NULL))
);

-- What a merge moved, in order; a household's members before the merge in client_merge_member.
CREATE TABLE client_merge_moved (
    merge_id            ${id_type} NOT NULL,
    move_order            INTEGER NOT NULL,
    record_type         VARCHAR NOT NULL,
    record_id           ${id_type} NOT NULL,
    version_after_merge BIGINT  NOT NULL,
    CONSTRAINT client_merge_moved_pk PRIMARY KEY (merge_id, move_order),
    CONSTRAINT client_merge_moved_merge_fk FOREIGN KEY (merge_id) REFERENCES client_merge (id)
);

CREATE TABLE client_merge_member (
    merge_id          ${id_type} NOT NULL,
    move_order          INTEGER NOT NULL,
    member_order      INTEGER NOT NULL,
    client_id         ${id_type} NOT NULL,
    relationship_code INTEGER NOT NULL,
    is_primary        BOOLEAN NOT NULL,
    CONSTRAINT client_merge_member_pk PRIMARY KEY (merge_id, move_order, member_order),
    CONSTRAINT client_merge_member_moved_fk FOREIGN KEY (merge_id, move_order)
        REFERENCES client_merge_moved (merge_id, move_order)
);

CREATE TABLE client_link (
    id                 ${id_type} NOT NULL,
    organization_id    VARCHAR NOT NULL,
    client_id_a        ${id_type} NOT NULL,
    client_id_b        ${id_type} NOT NULL,
    reason             VARCHAR NOT NULL,
    linked_by          VARCHAR NOT NULL,
    linked_at_epoch_ns BIGINT  NOT NULL,
    CONSTRAINT client_link_pk PRIMARY KEY (id),
    CONSTRAINT client_link_pair UNIQUE (client_id_a, client_id_b)
);
CREATE INDEX client_link_by_b ON client_link (client_id_b);
CREATE INDEX client_link_by_organization ON client_link (organization_id, id);
