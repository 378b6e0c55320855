// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.util.List;
import org.caseload.spi.storage.help.ArticleFeedbackStore;
import org.caseload.spi.storage.help.ArticleVote;
import org.caseload.spi.storage.help.ArticleVoteCount;

/** Readers' answers in the {@code article_vote} table, one row per reader and revision. */
final class JdbcArticleFeedbackStore implements ArticleFeedbackStore {

    private static final String KEY = "organization_id = ? AND article_id = ? AND locale = ? AND revision = ?";
    private static final String UPDATE = "UPDATE article_vote SET helpful = ?, comment_text = ?, voted_at_epoch_ns = ?"
            + " WHERE " + KEY + " AND user_id = ?";
    private static final String INSERT = "INSERT INTO article_vote (organization_id, article_id, locale, revision,"
            + " user_id, helpful, comment_text, voted_at_epoch_ns) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String TALLY = "SUM(CASE WHEN helpful THEN 1 ELSE 0 END) AS helpful_count,"
            + " SUM(CASE WHEN helpful THEN 0 ELSE 1 END) AS not_helpful_count";
    private static final String COUNT = "SELECT " + TALLY + " FROM article_vote WHERE " + KEY;
    private static final String COUNTS = "SELECT article_id, locale, revision, " + TALLY
            + " FROM article_vote WHERE organization_id = ? GROUP BY article_id, locale, revision"
            + " ORDER BY article_id, locale, revision";
    private static final String COMMENTS = "SELECT organization_id, article_id, locale, revision, user_id, helpful,"
            + " comment_text, voted_at_epoch_ns FROM article_vote"
            + " WHERE organization_id = ? AND article_id = ? AND comment_text IS NOT NULL"
            + " ORDER BY voted_at_epoch_ns DESC, user_id, locale, revision FETCH FIRST ? ROWS ONLY";

    private final JdbcSession session;

    JdbcArticleFeedbackStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public void put(ArticleVote vote) {
        // Update first: a reader who answers again keeps one row. Two first answers by one reader
        // at once make the second insert fail on the primary key, as a StorageException.
        int updated = session.update("replace an article answer", UPDATE, statement -> {
            statement.setBoolean(1, vote.helpful());
            statement.setString(2, vote.comment());
            statement.setLong(3, EpochNanos.of(vote.votedAt()));
            statement.setString(4, vote.organizationId());
            statement.setString(5, vote.articleId());
            statement.setString(6, vote.locale());
            statement.setString(7, vote.revision());
            statement.setString(8, vote.userId());
        });
        if (updated == 0) {
            session.update("add an article answer", INSERT, statement -> {
                statement.setString(1, vote.organizationId());
                statement.setString(2, vote.articleId());
                statement.setString(3, vote.locale());
                statement.setString(4, vote.revision());
                statement.setString(5, vote.userId());
                statement.setBoolean(6, vote.helpful());
                statement.setString(7, vote.comment());
                statement.setLong(8, EpochNanos.of(vote.votedAt()));
            });
        }
    }

    @Override
    public ArticleVoteCount count(String organizationId, String articleId, String locale, String revision) {
        // An aggregate without GROUP BY always gives one row; its sums are null when nothing matched.
        return session.query("count article answers", COUNT, statement -> {
            statement.setString(1, organizationId);
            statement.setString(2, articleId);
            statement.setString(3, locale);
            statement.setString(4, revision);
        }, row -> new ArticleVoteCount(articleId, locale, revision, row.getInt("helpful_count"),
                row.getInt("not_helpful_count"))).get(0);
    }

    @Override
    public List<ArticleVoteCount> counts(String organizationId) {
        return session.query("count article answers", COUNTS, statement -> statement.setString(1, organizationId),
                row -> new ArticleVoteCount(row.getString("article_id"), row.getString("locale"),
                        row.getString("revision"), row.getInt("helpful_count"), row.getInt("not_helpful_count")));
    }

    @Override
    public List<ArticleVote> comments(String organizationId, String articleId, int limit) {
        return session.query("find article comments", COMMENTS, statement -> {
            statement.setString(1, organizationId);
            statement.setString(2, articleId);
            statement.setInt(3, limit);
        }, row -> new ArticleVote(row.getString("organization_id"), row.getString("article_id"),
                row.getString("locale"), row.getString("revision"), row.getString("user_id"),
                row.getBoolean("helpful"), row.getString("comment_text"),
                EpochNanos.toInstant(row.getLong("voted_at_epoch_ns"))));
    }
}
