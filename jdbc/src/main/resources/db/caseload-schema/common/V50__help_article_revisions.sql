-- Revisions of organizations' versions of knowledge-base articles: drafts, reviews and the
-- history of what was published. Shared by H2 and PostgreSQL; text that orders rows is of
-- ${id_type}, so that it sorts by character code on every database.
CREATE TABLE article_revision (
    organization_id     ${id_type} NOT NULL,
    article_id          ${id_type} NOT NULL,
    locale              ${id_type} NOT NULL,
    revision_number     INTEGER NOT NULL,
    state               ${id_type} NOT NULL,
    markdown            VARCHAR NOT NULL,
    author_id           ${id_type} NOT NULL,
    written_at_epoch_ns BIGINT  NOT NULL,
    reviewer_id         ${id_type},
    reviewed_at_epoch_ns BIGINT,
    revert_of           INTEGER NOT NULL,
    CONSTRAINT article_revision_pk PRIMARY KEY (organization_id, article_id, locale, revision_number)
);
-- The review queue and the published versions loaded when help starts.
CREATE INDEX article_revision_by_state ON article_revision (state, organization_id);

-- Articles suggested while users wrote tickets, and what came of them. Append-only; no user ids
-- and no text: the counts are about the content.
CREATE TABLE suggestion_event (
    id                   ${id_type} NOT NULL,
    organization_id      ${id_type} NOT NULL,
    suggestion_id        ${id_type} NOT NULL,
    event_kind           ${id_type} NOT NULL,
    ticket_kind          ${id_type} NOT NULL,
    article_id           ${id_type},
    occurred_at_epoch_ns BIGINT  NOT NULL,
    CONSTRAINT suggestion_event_pk PRIMARY KEY (id)
);
CREATE INDEX suggestion_event_by_suggestion ON suggestion_event (organization_id, suggestion_id);
CREATE INDEX suggestion_event_by_time ON suggestion_event (organization_id, occurred_at_epoch_ns);
