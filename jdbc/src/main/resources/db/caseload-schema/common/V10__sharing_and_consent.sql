-- Sharing agreements between organizations and clients' releases of information. Neither is ever
-- deleted: an agreement is ended and a decision revoked, and both stay on record. Days are DATE in
-- the runtime clock's zone; instants are epoch nanoseconds, like every other table. A set of record
-- kinds is kept as their names joined by commas, in declaration order.

CREATE TABLE sharing_agreement (
    id                        ${id_type} NOT NULL,
    sharing_organization_id   ${id_type} NOT NULL,
    receiving_organization_id ${id_type} NOT NULL,
    two_way                   BOOLEAN NOT NULL,
    kinds                     VARCHAR NOT NULL,
    effective_from            DATE    NOT NULL,
    effective_to              DATE,
    created_by                VARCHAR NOT NULL,
    created_at_epoch_ns       BIGINT  NOT NULL,
    ended_by                  VARCHAR,
    ended_at_epoch_ns         BIGINT,
    version                   BIGINT  NOT NULL,
    CONSTRAINT sharing_agreement_pk PRIMARY KEY (id),
    CONSTRAINT sharing_agreement_ended_complete CHECK ((ended_by IS NULL) = (ended_at_epoch_ns IS NULL))
);
-- An organization's agreements are read from both sides at every cross-organization read.
CREATE INDEX sharing_agreement_by_sharing ON sharing_agreement (sharing_organization_id, effective_from, id);
CREATE INDEX sharing_agreement_by_receiving ON sharing_agreement (receiving_organization_id, effective_from, id);

CREATE TABLE client_consent (
    id                          ${id_type} NOT NULL,
    client_id                   ${id_type} NOT NULL,
    organization_id             ${id_type} NOT NULL,
    decision                    VARCHAR NOT NULL,
    valid_until                 DATE,
    recorded_by_organization_id VARCHAR NOT NULL,
    recorded_by                 VARCHAR NOT NULL,
    recorded_at_epoch_ns        BIGINT  NOT NULL,
    revoked_by                  VARCHAR,
    revoked_at_epoch_ns         BIGINT,
    version                     BIGINT  NOT NULL,
    CONSTRAINT client_consent_pk PRIMARY KEY (id),
    CONSTRAINT client_consent_grant_has_end CHECK ((decision = 'GRANTED') = (valid_until IS NOT NULL)),
    CONSTRAINT client_consent_revoked_complete CHECK ((revoked_by IS NULL) = (revoked_at_epoch_ns IS NULL))
);
CREATE INDEX client_consent_by_client ON client_consent (client_id, organization_id, recorded_at_epoch_ns, id);
