-- Escalation rounds: each escalation of a ticket is a round, numbered from 1. The organization's
-- ticket keeps its latest round (0 when never escalated) and whether that round is still with the
-- vendor; the desk's copy keeps the round it works, the organization's product version and the desk
-- agent it is assigned to. Notes the organization shares with the desk are flagged as such.
-- Shared by H2 and PostgreSQL.

ALTER TABLE ticket ADD COLUMN escalation_round INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE ticket ADD COLUMN with_vendor BOOLEAN DEFAULT FALSE NOT NULL;
-- Tickets escalated before rounds existed are in round 1, still with the vendor while escalated.
UPDATE ticket SET escalation_round = 1, with_vendor = (status = 'ESCALATED')
    WHERE id IN (SELECT ticket_id FROM ticket_history WHERE to_status = 'ESCALATED');

ALTER TABLE desk_ticket ADD COLUMN escalation_round INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE desk_ticket ADD COLUMN product_version VARCHAR DEFAULT 'unknown' NOT NULL;
ALTER TABLE desk_ticket ADD COLUMN assignee_user_id VARCHAR;
-- The desk's queues by organization and by agent, oldest first.
CREATE INDEX desk_ticket_by_organization ON desk_ticket (organization_id, received_at_epoch_ns, id);
CREATE INDEX desk_ticket_by_assignee ON desk_ticket (assignee_user_id, received_at_epoch_ns, id);

ALTER TABLE desk_note ADD COLUMN from_organization BOOLEAN DEFAULT FALSE NOT NULL;
