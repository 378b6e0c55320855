// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.caseload.core.Permission;
import org.caseload.core.internal.CallContext;
import org.caseload.core.internal.Kernel;
import org.caseload.core.internal.Messages;
import org.caseload.core.internal.Operation;
import org.caseload.help.ArticleEditing;
import org.caseload.help.ArticleRevisionView;
import org.caseload.help.ContentProblem;
import org.caseload.help.SaveDraft;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.storage.help.ArticleRevision;
import org.caseload.spi.storage.help.ArticleRevisionStore;
import org.caseload.spi.storage.help.RevisionState;

/**
 * Drafts, review and history of an organization's articles, through the kernel and the
 * {@link ArticleRevisionStore}. A publication or a revert rebuilds the readers' index once its
 * unit of work has committed. Thread-safe.
 */
public final class DefaultArticleEditing implements ArticleEditing {

    private static final Operation EDIT = designer("edit");
    private static final Operation SUBMIT = designer("submit");
    private static final Operation HISTORY = Operation.reading("help.article.history", Permission.DESIGN);
    private static final Operation PUBLISH = reviewer("publish");
    private static final Operation REJECT = reviewer("reject");
    private static final Operation REVERT = reviewer("revert");
    private static final Operation IN_REVIEW = Operation.reading("help.article.in-review", Permission.HELP_REVIEW);
    private static final String RECORD_TYPE = "article";
    private static final String REVISION = "article revision";

    private final Kernel kernel;
    private final LiveKnowledgeBase knowledgeBase;

    private static Operation designer(String step) {
        return new Operation("help.article." + step, Permission.DESIGN);
    }

    private static Operation reviewer(String step) {
        return new Operation("help.article." + step, Permission.HELP_REVIEW);
    }

    public DefaultArticleEditing(Kernel kernel, LiveKnowledgeBase knowledgeBase) {
        this.kernel = kernel;
        this.knowledgeBase = knowledgeBase;
    }

    @Override
    public ArticleRevisionView saveDraft(SaveDraft draft) {
        return kernel.call(EDIT, draft, context -> {
            String organizationId = context.principal().organizationId();
            ParsedArticle parsed = parse(organizationId, draft.articleId(), draft.markdown());
            String locale = parsed.locale().toLanguageTag();
            ArticleRevisionStore store = context.session().articleRevisions();
            List<ArticleRevision> history = store.history(organizationId, draft.articleId(), locale);
            Optional<ArticleRevision> open = history.stream().filter(DefaultArticleEditing::open).findFirst();
            if (open.isPresent() && open.get().state() == RevisionState.IN_REVIEW) {
                throw new InvalidTransitionException(REVISION, draft.articleId() + "/" + locale + "#"
                        + open.get().number(), RevisionState.IN_REVIEW.name(), RevisionState.DRAFT.name());
            }
            int number = open.map(ArticleRevision::number).orElse(history.isEmpty() ? 1 : history.get(0).number() + 1);
            ArticleRevision saved = new ArticleRevision(organizationId, draft.articleId(), locale, number,
                    RevisionState.DRAFT, draft.markdown(), context.principal().userId(), context.now(), null, null, 0);
            if (open.isPresent()) {
                store.update(saved, RevisionState.DRAFT);
            } else {
                store.insert(saved);
            }
            audit(context, saved, "draft");
            return view(saved, parsed);
        });
    }

    @Override
    public ArticleRevisionView submit(String articleId, Locale locale) {
        return kernel.call(SUBMIT, new RevisionRequest(articleId, locale), context -> {
            ArticleRevision draft = inState(context, articleId, locale, RevisionState.DRAFT);
            ArticleRevisionView checked = view(draft);
            if (!checked.problems().isEmpty()) {
                throw new ValidationException("SubmitRevision", List.of(Messages.violation("markdown",
                        "caseload.help.article.references", Map.of("count", checked.problems().size()),
                        "an article with " + checked.problems().size() + " missing references")));
            }
            ArticleRevision submitted = draft.withState(RevisionState.IN_REVIEW, null, null);
            context.session().articleRevisions().update(submitted, RevisionState.DRAFT);
            audit(context, submitted, "submitted");
            return view(submitted);
        });
    }

    @Override
    public ArticleRevisionView publish(String articleId, Locale locale) {
        ArticleRevisionView published = kernel.call(PUBLISH, new RevisionRequest(articleId, locale), context -> {
            ArticleRevision submitted = inState(context, articleId, locale, RevisionState.IN_REVIEW);
            requireOtherReviewer(context, submitted);
            ArticleRevision result = submitted.withState(RevisionState.PUBLISHED, context.principal().userId(),
                    context.now());
            supersedePublished(context, articleId, locale);
            context.session().articleRevisions().update(result, RevisionState.IN_REVIEW);
            audit(context, result, "published");
            return view(result);
        });
        knowledgeBase.reload();
        return published;
    }

    @Override
    public ArticleRevisionView reject(String articleId, Locale locale) {
        return kernel.call(REJECT, new RevisionRequest(articleId, locale), context -> {
            ArticleRevision submitted = inState(context, articleId, locale, RevisionState.IN_REVIEW);
            requireOtherReviewer(context, submitted);
            ArticleRevision rejected = submitted.withState(RevisionState.REJECTED, context.principal().userId(),
                    context.now());
            context.session().articleRevisions().update(rejected, RevisionState.IN_REVIEW);
            audit(context, rejected, "rejected");
            return view(rejected);
        });
    }

    @Override
    public ArticleRevisionView revert(String articleId, Locale locale, int number) {
        ArticleRevisionView reverted = kernel.call(REVERT, new RevisionRequest(articleId, locale), context -> {
            String organizationId = context.principal().organizationId();
            List<ArticleRevision> history = context.session().articleRevisions().history(organizationId, articleId,
                    locale.toLanguageTag());
            ArticleRevision target = history.stream()
                    .filter(revision -> revision.number() == number && wasPublished(revision)).findFirst()
                    .orElseThrow(() -> new NotFoundException(REVISION, articleId + "/" + locale.toLanguageTag()
                            + "#" + number));
            supersedePublished(context, articleId, locale);
            String reviewer = context.principal().userId();
            ArticleRevision restored = new ArticleRevision(organizationId, articleId, locale.toLanguageTag(),
                    history.get(0).number() + 1, RevisionState.PUBLISHED, target.markdown(), reviewer, context.now(),
                    reviewer, context.now(), number);
            context.session().articleRevisions().insert(restored);
            audit(context, restored, "reverted to " + number);
            return view(restored);
        });
        knowledgeBase.reload();
        return reverted;
    }

    @Override
    public List<ArticleRevisionView> history(String articleId, Locale locale) {
        return kernel.call(HISTORY, new RevisionRequest(articleId, locale), context -> {
            context.auditRecord(RECORD_TYPE, articleId);
            return context.session().articleRevisions().history(context.principal().organizationId(), articleId,
                    locale.toLanguageTag()).stream().map(this::view).toList();
        });
    }

    @Override
    public List<ArticleRevisionView> inReview() {
        return kernel.call(IN_REVIEW, null, context -> context.session().articleRevisions()
                .withState(context.principal().organizationId(), RevisionState.IN_REVIEW).stream()
                .map(this::view).toList());
    }

    /** The organization's revision of the article in that state, or not found. */
    private static ArticleRevision inState(CallContext context, String articleId, Locale locale, RevisionState state) {
        String tag = locale.toLanguageTag();
        return context.session().articleRevisions().history(context.principal().organizationId(), articleId, tag)
                .stream().filter(revision -> revision.state() == state).findFirst()
                .orElseThrow(() -> new NotFoundException(REVISION, articleId + "/" + tag + " " + state.name()
                        .toLowerCase(Locale.ROOT).replace('_', ' ')));
    }

    /** Nobody reviews their own writing: a second pair of eyes is what the review is for. */
    private static void requireOtherReviewer(CallContext context, ArticleRevision submitted) {
        if (submitted.authorId().equals(context.principal().userId())) {
            throw new AccessDeniedException("a reviewer may not publish or reject a revision they wrote (article "
                    + submitted.articleId() + ", revision " + submitted.number() + ")");
        }
    }

    private static void supersedePublished(CallContext context, String articleId, Locale locale) {
        ArticleRevisionStore store = context.session().articleRevisions();
        store.history(context.principal().organizationId(), articleId, locale.toLanguageTag()).stream()
                .filter(revision -> revision.state() == RevisionState.PUBLISHED)
                .forEach(revision -> store.update(revision.withState(RevisionState.SUPERSEDED, revision.reviewerId(),
                        revision.reviewedAt()), RevisionState.PUBLISHED));
    }

    private static boolean open(ArticleRevision revision) {
        return revision.state() == RevisionState.DRAFT || revision.state() == RevisionState.IN_REVIEW;
    }

    private static boolean wasPublished(ArticleRevision revision) {
        return revision.state() == RevisionState.PUBLISHED || revision.state() == RevisionState.SUPERSEDED;
    }

    private static void audit(CallContext context, ArticleRevision revision, String what) {
        context.auditRecord(RECORD_TYPE, revision.articleId());
        context.auditDetail(what + " revision " + revision.number() + " in " + revision.locale());
    }

    /** Parses a draft's text; a malformed header is the caller's mistake, not the configuration's. */
    private static ParsedArticle parse(String organizationId, String articleId, String markdown) {
        try {
            return RevisionArticles.parse(organizationId, articleId, 0, markdown);
        } catch (ConfigurationException e) {
            String problem = String.join("; ", e.problems());
            throw new ValidationException("SaveDraft", List.of(Messages.violation("markdown",
                    "caseload.help.article.header", Map.of("problem", problem), "an article that does not parse")));
        }
    }

    private ArticleRevisionView view(ArticleRevision revision) {
        return view(revision, RevisionArticles.parse(revision.organizationId(), revision.articleId(),
                revision.number(), revision.markdown()));
    }

    private ArticleRevisionView view(ArticleRevision revision, ParsedArticle parsed) {
        List<ContentProblem> problems = knowledgeBase.problemsOf(parsed);
        return new ArticleRevisionView(revision.articleId(), revision.organizationId(), parsed.locale(),
                revision.number(), revision.state(), parsed.article().title(), revision.markdown(),
                revision.authorId(), revision.writtenAt(), revision.reviewerId(), revision.reviewedAt(),
                revision.revertOf(), problems);
    }
}
