-- The audit log read by date range across every organization (a system administrator's query),
-- and by user or by record within one organization (an organization administrator's queries), in
-- the log's order. Each index ends with (occurred_at_epoch_ns, id), the order and the paging key,
-- so a page is one index range read. By organization, by user and by record alone are indexed by V1.
CREATE INDEX audit_entry_by_time ON audit_entry (occurred_at_epoch_ns, id);
CREATE INDEX audit_entry_by_organization_user ON audit_entry (organization_id, user_id, occurred_at_epoch_ns, id);
CREATE INDEX audit_entry_by_organization_record ON audit_entry (organization_id, record_id, occurred_at_epoch_ns, id);
