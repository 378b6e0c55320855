// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.caseload.core.Permission;
import org.caseload.core.internal.CallContext;
import org.caseload.core.internal.Kernel;
import org.caseload.core.internal.Messages;
import org.caseload.core.internal.Operation;
import org.caseload.help.Article;
import org.caseload.help.ArticleHit;
import org.caseload.help.ArticleSearch;
import org.caseload.help.KnowledgeBase;
import org.caseload.help.SuggestArticles;
import org.caseload.help.SuggestedArticle;
import org.caseload.help.SuggestionReport;
import org.caseload.help.Suggestions;
import org.caseload.help.TicketSuggestions;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.help.SuggestionCount;
import org.caseload.spi.storage.help.SuggestionEvent;
import org.caseload.spi.storage.help.SuggestionEventKind;
import org.caseload.spi.storage.tickets.TicketKind;

/**
 * Suggestions while a ticket is written: the knowledge base's own search over the text, then the
 * guide of the user's screen, and the events that count what came of them. Thread-safe.
 */
final class DefaultTicketSuggestions implements TicketSuggestions {

    private static final Operation SUGGEST = new Operation("help.suggest", Permission.HELP_READ);
    private static final Operation RECORD = new Operation("help.suggest.event", Permission.HELP_READ);
    private static final Operation REPORT = Operation.reading("help.suggest.report", Permission.TICKET_ADMINISTER);
    private static final String RECORD_TYPE = "suggestion";
    /** A search takes at most this many characters; a ticket's first words say what it is about. */
    private static final int SEARCHED_LENGTH = 200;

    private final Kernel kernel;
    private final KnowledgeBase knowledgeBase;
    private final BiFunction<Principal, String, Optional<Article>> published;
    private final ScreenGuides guides;

    DefaultTicketSuggestions(Kernel kernel, KnowledgeBase knowledgeBase,
                             BiFunction<Principal, String, Optional<Article>> published, ScreenGuides guides) {
        this.kernel = kernel;
        this.knowledgeBase = knowledgeBase;
        this.published = published;
        this.guides = guides;
    }

    @Override
    public Suggestions suggest(SuggestArticles request) {
        Principal user = kernel.authorize(SUGGEST);
        kernel.validate(request);
        List<SuggestedArticle> articles = new ArrayList<>();
        String query = searched(request.text());
        if (!query.isBlank()) {
            for (ArticleHit hit : knowledgeBase.search(new ArticleSearch(query, null, false, request.limit()))) {
                articles.add(new SuggestedArticle(hit.articleId(), hit.title(), hit.locale(), false));
            }
        }
        if (request.screenId() != null && articles.size() < request.limit()) {
            guides.documentation(request.screenId())
                    .filter(id -> articles.stream().noneMatch(article -> article.articleId().equals(id)))
                    .flatMap(id -> published.apply(user, id))
                    .ifPresent(guide -> articles.add(new SuggestedArticle(guide.id(), guide.title(), guide.locale(),
                            true)));
        }
        if (articles.isEmpty()) {
            return new Suggestions(null, List.of());
        }
        String suggestionId = kernel.call(RECORD, null, context -> {
            String id = context.newId();
            append(context, id, SuggestionEventKind.SHOWN, request.ticketKind().name(), null);
            return id;
        });
        return new Suggestions(suggestionId, articles);
    }

    @Override
    public void opened(String suggestionId, String articleId) {
        kernel.call(RECORD, new SuggestionEventRequest(suggestionId, articleId), context -> {
            append(context, suggestionId, SuggestionEventKind.OPENED, shown(context, suggestionId).ticketKind(),
                    articleId);
            return null;
        });
    }

    @Override
    public boolean ticketNotSubmitted(String suggestionId) {
        return kernel.call(RECORD, new SuggestionEventRequest(suggestionId, null), context -> {
            SuggestionEvent shown = shown(context, suggestionId);
            boolean opened = context.session().suggestionEvents().events(shown.organizationId(), suggestionId)
                    .stream().anyMatch(event -> event.kind() == SuggestionEventKind.OPENED);
            if (opened) {
                append(context, suggestionId, SuggestionEventKind.TICKET_NOT_SUBMITTED, shown.ticketKind(), null);
            }
            return opened;
        });
    }

    @Override
    public void ticketSubmitted(String suggestionId) {
        kernel.call(RECORD, new SuggestionEventRequest(suggestionId, null), context -> {
            append(context, suggestionId, SuggestionEventKind.TICKET_SUBMITTED,
                    shown(context, suggestionId).ticketKind(), null);
            return null;
        });
    }

    @Override
    public SuggestionReport report(Instant from, Instant to) {
        return kernel.call(REPORT, null, context -> {
            // Checked once the caller is known, so that a failing identity provider is reported first.
            if (from == null || to == null || !to.isAfter(from)) {
                throw new ValidationException("SuggestionReport", List.of(Messages.violation("to",
                        "caseload.help.report.period", to == null || from == null ? "null" : "an instant not after from")));
            }
            Map<TicketKind, int[]> counts = new EnumMap<>(TicketKind.class);
            for (TicketKind kind : TicketKind.values()) {
                counts.put(kind, new int[SuggestionEventKind.values().length]);
            }
            for (SuggestionCount count : context.session().suggestionEvents()
                    .counts(context.principal().organizationId(), from, to)) {
                // Kinds this version does not know (written by a later one) are left out.
                Arrays.stream(TicketKind.values()).filter(kind -> kind.name().equals(count.ticketKind()))
                        .findFirst().ifPresent(kind -> counts.get(kind)[count.kind().ordinal()] = count.count());
            }
            List<SuggestionReport.Line> lines = new ArrayList<>();
            counts.forEach((kind, line) -> lines.add(new SuggestionReport.Line(kind,
                    line[SuggestionEventKind.SHOWN.ordinal()], line[SuggestionEventKind.OPENED.ordinal()],
                    line[SuggestionEventKind.TICKET_NOT_SUBMITTED.ordinal()],
                    line[SuggestionEventKind.TICKET_SUBMITTED.ordinal()])));
            return new SuggestionReport(from, to, lines);
        });
    }

    /** The event that opened a set of suggestions of the caller's organization, or not found. */
    private static SuggestionEvent shown(CallContext context, String suggestionId) {
        return context.session().suggestionEvents().events(context.principal().organizationId(), suggestionId)
                .stream().filter(event -> event.kind() == SuggestionEventKind.SHOWN).findFirst()
                .orElseThrow(() -> new NotFoundException(RECORD_TYPE, suggestionId));
    }

    private static void append(CallContext context, String suggestionId, SuggestionEventKind kind, String ticketKind,
                               String articleId) {
        context.session().suggestionEvents().append(new SuggestionEvent(context.newId(),
                context.principal().organizationId(), suggestionId, kind, ticketKind, articleId, context.now()));
        context.auditRecord(RECORD_TYPE, suggestionId);
        context.auditDetail(kind.name().toLowerCase(Locale.ROOT));
    }

    /** The first words of the text, at most what a search takes, cut between words. */
    static String searched(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= SEARCHED_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', SEARCHED_LENGTH);
        return flat.substring(0, cut > 0 ? cut : SEARCHED_LENGTH);
    }
}
