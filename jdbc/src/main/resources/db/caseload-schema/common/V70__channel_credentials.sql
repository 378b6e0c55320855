-- The credentials the vendor issues to organizations for the support channel over HTTP. The secret
-- is kept only sealed (AES-GCM under the host's key of purpose CHANNEL_SECRET_ENCRYPTION, whose id
-- is key_id): never in clear. Instants are epoch nanoseconds, like every other table.
CREATE TABLE channel_credential (
    id                      ${id_type} NOT NULL,
    organization_id         VARCHAR NOT NULL,
    key_id                  VARCHAR NOT NULL,
    sealed_secret           VARCHAR NOT NULL,
    issued_at_epoch_ns      BIGINT  NOT NULL,
    first_used_at_epoch_ns  BIGINT,
    revoked_at_epoch_ns     BIGINT,
    version                 BIGINT  NOT NULL,
    CONSTRAINT channel_credential_pk PRIMARY KEY (id)
);
CREATE INDEX channel_credential_by_organization ON channel_credential (organization_id, issued_at_epoch_ns, id);
