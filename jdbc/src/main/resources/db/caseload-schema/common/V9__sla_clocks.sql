-- Service-level clocks of support-desk tickets: one row per ticket and metric (first response,
-- resolution). Instants are epoch nanoseconds and durations nanoseconds, like every other table.
-- The ticket is the support desk's, kept by the ticketing module; no foreign key, so that every
-- storage, the in-memory one included, behaves alike.

CREATE TABLE sla_clock (
    ticket_id              ${id_type} NOT NULL,
    metric                 ${id_type} NOT NULL,
    organization_id        VARCHAR NOT NULL,
    priority               VARCHAR NOT NULL,
    started_at_epoch_ns    BIGINT  NOT NULL,
    target_ns              BIGINT  NOT NULL,
    warn_after_ns          BIGINT  NOT NULL,
    paused_for_ns          BIGINT  NOT NULL,
    paused_at_epoch_ns     BIGINT,
    warn_at_epoch_ns       BIGINT  NOT NULL,
    due_at_epoch_ns        BIGINT  NOT NULL,
    stopped_at_epoch_ns    BIGINT,
    warned                 BOOLEAN NOT NULL,
    breached               BOOLEAN NOT NULL,
    -- NULL when nothing is left to notify (paused, stopped, breached): outside every sweep's range.
    next_check_at_epoch_ns BIGINT,
    version                BIGINT  NOT NULL,
    CONSTRAINT sla_clock_pk PRIMARY KEY (ticket_id, metric)
);
-- The sweep reads a range of this index, the earliest next check first: its work grows with the
-- clocks due, not with the clocks stored.
CREATE INDEX sla_clock_by_next_check ON sla_clock (next_check_at_epoch_ns, ticket_id, metric);
