// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.storage.help.ArticleRevision;
import org.caseload.spi.storage.help.ArticleRevisionStore;
import org.caseload.spi.storage.help.RevisionState;

/** Articles' revisions in the {@code article_revision} table, one row per revision. */
final class JdbcArticleRevisionStore implements ArticleRevisionStore {

    private static final String RECORD_TYPE = "article revision";
    private static final String COLUMNS = "organization_id, article_id, locale, revision_number, state, markdown,"
            + " author_id, written_at_epoch_ns, reviewer_id, reviewed_at_epoch_ns, revert_of";
    private static final String KEY = "organization_id = ? AND article_id = ? AND locale = ? AND revision_number = ?";
    private static final String INSERT = "INSERT INTO article_revision (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String STATE_OF = "SELECT state FROM article_revision WHERE " + KEY;
    private static final String UPDATE = "UPDATE article_revision SET state = ?, markdown = ?, author_id = ?,"
            + " written_at_epoch_ns = ?, reviewer_id = ?, reviewed_at_epoch_ns = ?, revert_of = ? WHERE " + KEY
            + " AND state = ?";
    private static final String HISTORY = "SELECT " + COLUMNS + " FROM article_revision"
            + " WHERE organization_id = ? AND article_id = ? AND locale = ? ORDER BY revision_number DESC";
    private static final String WITH_STATE = "SELECT " + COLUMNS + " FROM article_revision"
            + " WHERE organization_id = ? AND state = ? ORDER BY article_id, locale, revision_number";
    private static final String PUBLISHED = "SELECT " + COLUMNS + " FROM article_revision"
            + " WHERE state = ? ORDER BY organization_id, article_id, locale, revision_number";

    private final JdbcSession session;

    JdbcArticleRevisionStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public void insert(ArticleRevision revision) {
        if (!stateOf(revision).isEmpty()) {
            // Another editor added this number first: the version read is no longer the latest.
            throw new ConcurrentModificationException(RECORD_TYPE, describe(revision), revision.number() - 1L);
        }
        session.update("insert an article revision", INSERT, statement -> {
            bindKey(statement, 1, revision);
            bindContent(statement, 5, revision);
        });
    }

    @Override
    public void update(ArticleRevision revision, RevisionState expected) {
        int changed = session.update("update an article revision", UPDATE, statement -> {
            int next = bindContent(statement, 1, revision);
            next = bindKey(statement, next, revision);
            statement.setString(next, expected.name());
        });
        if (changed == 0) {
            if (stateOf(revision).isEmpty()) {
                throw new NotFoundException(RECORD_TYPE, describe(revision) + "#" + revision.number());
            }
            throw new ConcurrentModificationException(RECORD_TYPE, describe(revision), revision.number());
        }
    }

    @Override
    public List<ArticleRevision> history(String organizationId, String articleId, String locale) {
        return session.query("read an article's history", HISTORY, statement -> {
            statement.setString(1, organizationId);
            statement.setString(2, articleId);
            statement.setString(3, locale);
        }, JdbcArticleRevisionStore::read);
    }

    @Override
    public List<ArticleRevision> withState(String organizationId, RevisionState state) {
        return session.query("list article revisions by state", WITH_STATE, statement -> {
            statement.setString(1, organizationId);
            statement.setString(2, state.name());
        }, JdbcArticleRevisionStore::read);
    }

    @Override
    public List<ArticleRevision> published() {
        return session.query("list published article revisions", PUBLISHED,
                statement -> statement.setString(1, RevisionState.PUBLISHED.name()), JdbcArticleRevisionStore::read);
    }

    private List<String> stateOf(ArticleRevision revision) {
        return session.query("read an article revision's state", STATE_OF,
                statement -> bindKey(statement, 1, revision), row -> row.getString("state"));
    }

    private static int bindKey(PreparedStatement statement, int first, ArticleRevision revision) throws SQLException {
        statement.setString(first, revision.organizationId());
        statement.setString(first + 1, revision.articleId());
        statement.setString(first + 2, revision.locale());
        statement.setInt(first + 3, revision.number());
        return first + 4;
    }

    private static int bindContent(PreparedStatement statement, int first, ArticleRevision revision)
            throws SQLException {
        statement.setString(first, revision.state().name());
        statement.setString(first + 1, revision.markdown());
        statement.setString(first + 2, revision.authorId());
        statement.setLong(first + 3, EpochNanos.of(revision.writtenAt()));
        statement.setString(first + 4, revision.reviewerId());
        if (revision.reviewedAt() == null) {
            statement.setNull(first + 5, Types.BIGINT);
        } else {
            statement.setLong(first + 5, EpochNanos.of(revision.reviewedAt()));
        }
        statement.setInt(first + 6, revision.revertOf());
        return first + 7;
    }

    private static ArticleRevision read(ResultSet row) throws SQLException {
        long reviewedAt = row.getLong("reviewed_at_epoch_ns");
        boolean reviewed = !row.wasNull();
        return new ArticleRevision(row.getString("organization_id"), row.getString("article_id"),
                row.getString("locale"), row.getInt("revision_number"), RevisionState.valueOf(row.getString("state")),
                row.getString("markdown"), row.getString("author_id"),
                EpochNanos.toInstant(row.getLong("written_at_epoch_ns")), row.getString("reviewer_id"),
                reviewed ? EpochNanos.toInstant(reviewedAt) : null, row.getInt("revert_of"));
    }

    private static String describe(ArticleRevision revision) {
        return revision.organizationId() + "/" + revision.articleId() + "/" + revision.locale();
    }
}
