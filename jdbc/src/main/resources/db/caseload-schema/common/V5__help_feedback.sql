-- The help module's records: readers' answers to "Was this article helpful?" and the log of
-- knowledge-base searches that found nothing. Shared by H2 and PostgreSQL; text that orders rows
-- or breaks ties is of ${id_type}, so that it sorts by character code on every database.

-- One answer per reader, organization, article, locale and revision: the primary key. Answering
-- again updates the row.
CREATE TABLE article_vote (
    organization_id   ${id_type} NOT NULL,
    article_id        ${id_type} NOT NULL,
    locale            ${id_type} NOT NULL,
    revision          ${id_type} NOT NULL,
    user_id           ${id_type} NOT NULL,
    helpful           BOOLEAN NOT NULL,
    comment_text      VARCHAR,
    voted_at_epoch_ns BIGINT  NOT NULL,
    CONSTRAINT article_vote_pk PRIMARY KEY (organization_id, article_id, locale, revision, user_id)
);
-- An article's comments, newest first.
CREATE INDEX article_vote_by_time ON article_vote (organization_id, article_id, voted_at_epoch_ns);

-- Append-only, and without user ids: the log is about gaps in the content, not about who searched.
CREATE TABLE search_miss (
    id                   ${id_type} NOT NULL,
    organization_id      VARCHAR NOT NULL,
    locale               ${id_type} NOT NULL,
    query_text           ${id_type} NOT NULL,
    searched_at_epoch_ns BIGINT  NOT NULL,
    CONSTRAINT search_miss_pk PRIMARY KEY (id)
);
-- Counting an organization's misses groups them by query and locale.
CREATE INDEX search_miss_by_organization ON search_miss (organization_id, query_text, locale);
