// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal.tickets;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.caseload.core.Permission;
import org.caseload.help.SuggestArticles;
import org.caseload.help.Suggestions;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.storage.tickets.TicketContact.ContactMethod;
import org.caseload.spi.storage.tickets.TicketKind;
import org.caseload.ticketing.AddTicketNote;
import org.caseload.ticketing.ReopenTicket;
import org.caseload.ticketing.ReporterContact;
import org.caseload.ticketing.Screenshot;
import org.caseload.ticketing.SubmitTicket;
import org.caseload.ticketing.Ticket;
import org.caseload.ticketing.TicketQueueQuery;
import org.caseload.ticketing.TicketSource;
import org.caseload.ticketing.Ticketing;
import org.caseload.web.internal.FormErrors;
import org.caseload.web.internal.PageModule;
import org.caseload.web.internal.Reply;
import org.caseload.web.internal.Routes;
import org.caseload.web.internal.Services;
import org.caseload.web.internal.WebRequest;

/**
 * The reporter's ticket pages: the form that "Report an issue", "Ask a question" and "Make a
 * suggestion" open, with the screen the user came from, an optional screenshot of it and the
 * knowledge base's suggestions while they write; their own tickets; a ticket with its public
 * notes, where the vendor's answer comes back.
 */
public final class TicketPages implements PageModule {

    /** The product version a ticket carries: the web host's, as its jar's manifest names it. */
    public static final String PRODUCT_VERSION = Optional.ofNullable(TicketPages.class.getPackage().getImplementationVersion())
            .orElse("development");

    private static final Pattern SCREEN_ID = Pattern.compile("[A-Za-z0-9._-]{1,200}");
    private static final Pattern PAGE_PATH = Pattern.compile("/[A-Za-z0-9._~/-]{0,199}");
    private static final int SUGGESTIONS = 5;

    private final Services services;
    private final TicketView views;

    /** The reporter's pages over these services. */
    public TicketPages(Services services) {
        this.services = services;
        this.views = new TicketView(services);
    }

    @Override
    public void routes(Routes routes) {
        routes.nav("My tickets", "/tickets", Permission.TICKET_SUBMIT.key())
                .get("/tickets", this::mine)
                .get("/tickets/new", this::form)
                .post("/tickets/new", this::submit)
                .get("/tickets/suggestions", this::suggestions)
                .post("/tickets/deflected", this::deflected)
                .get("/tickets/{id}", request -> views.detail(request, request.path("id"), new FormErrors()))
                .post("/tickets/{id}/notes", this::note)
                .post("/tickets/{id}/reopen", this::reopen);
    }

    private Ticketing ticketing() {
        return services.ticketing();
    }

    private Reply mine(WebRequest request) {
        List<Ticket> tickets = ticketing().tickets().mine(TicketQueueQuery.all());
        return Reply.view("tickets/mine.jte", "ticket.mine", "My tickets").with("tickets", tickets);
    }

    private Reply form(WebRequest request) {
        if (!request.can(Permission.TICKET_SUBMIT.key())) {
            // The footer's links show on every page; a user who may not send a ticket learns it here.
            throw new AccessDeniedException("ticket.submit is needed to send a ticket");
        }
        TicketForm form = TicketForm.blank(kind(request.param("kind")), screen(request.param("screen")),
                pagePath(request.optional("page").orElse(request.header("Referer"))), request.user().displayName());
        return formView(form, new FormErrors());
    }

    private Reply submit(WebRequest request) {
        FormErrors errors = new FormErrors();
        TicketKind kind = kind(request.param("kind"));
        String screen = screen(request.param("screen"));
        String page = pagePath(request.param("page"));
        String description = errors.checkText("description", request.param("description"),
                SubmitTicket.DESCRIPTION_MAX_LENGTH);
        String name = errors.checkText("name", request.param("name"), ReporterContact.NAME_MAX_LENGTH);
        String email = errors.checkText("email", request.param("email"), ReporterContact.EMAIL_MAX_LENGTH);
        String phone = errors.checkText("phone", request.param("phone"), ReporterContact.PHONE_MAX_LENGTH);
        String suggestion = suggestionId(request.param("suggestion"));
        String shot = request.param(ScreenshotField.FIELD);
        Optional<Screenshot> screenshot = ScreenshotField.read(shot, Ticketing.DEFAULT_SCREENSHOT_LIMIT_BYTES, errors);
        TicketForm form = new TicketForm(kind, screen, page, description, name, email, phone,
                errors.message(ScreenshotField.FIELD) == null ? shot.strip() : "", suggestion);
        if (errors.isEmpty()) {
            try {
                ContactMethod method = email.isEmpty() ? (phone.isEmpty() ? ContactMethod.IN_APP : ContactMethod.PHONE)
                        : ContactMethod.EMAIL;
                SubmitTicket command = SubmitTicket.of(kind, description,
                        new TicketSource(screen, null, page, PRODUCT_VERSION, userAgent(request)),
                        new ReporterContact(name, blankToNull(email), blankToNull(phone), method));
                Ticket ticket = ticketing().tickets().submit(screenshot.map(command::withScreenshot).orElse(command));
                if (suggestion != null) {
                    countSubmitted(suggestion);
                }
                return Reply.redirect("/tickets/" + ticket.id());
            } catch (ValidationException invalid) {
                errors.addAll(invalid, TicketPages::fieldOf);
            }
        }
        return formView(form, errors);
    }

    /** The form, with its messages when it was sent back (answered 200 like every form, ADR 0143). */
    private Reply formView(TicketForm form, FormErrors errors) {
        return Reply.view("tickets/new.jte", "ticket.new", form.title())
                .with("form", form).with("errors", errors);
    }

    /** The suggestions for what the user wrote so far: a page whose list the form's script takes in. */
    private Reply suggestions(WebRequest request) {
        FormErrors errors = new FormErrors();
        String text = errors.checkText("description", request.param("text"), SubmitTicket.DESCRIPTION_MAX_LENGTH);
        TicketKind kind = kind(request.param("kind"));
        Suggestions found = errors.isEmpty()
                ? services.help().ticketSuggestions().suggest(new SuggestArticles(kind, screen(request.param("screen")),
                        text, SUGGESTIONS))
                : new Suggestions(null, List.of());
        return Reply.view("tickets/suggestions.jte", "ticket.new", "Articles that may answer it")
                .with("suggestions", found);
    }

    /** "This answered my question": the ticket is not sent, and the knowledge base counts it. */
    private Reply deflected(WebRequest request) {
        String suggestion = suggestionId(request.param("suggestion"));
        boolean counted;
        try {
            counted = suggestion != null && services.help().ticketSuggestions().ticketNotSubmitted(suggestion);
        } catch (NotFoundException unknownSuggestion) {
            counted = false;
        }
        return Reply.view("tickets/deflected.jte", "ticket.new", "Glad it helped").with("counted", counted);
    }

    /** Counts the submission after suggestions; an id the organization never issued counts nothing. */
    private void countSubmitted(String suggestion) {
        try {
            services.help().ticketSuggestions().ticketSubmitted(suggestion);
        } catch (NotFoundException unknownSuggestion) {
            // Sent back altered or stale: the ticket is in, only the count is skipped.
        }
    }

    private Reply note(WebRequest request) {
        String id = request.path("id");
        FormErrors errors = new FormErrors();
        String text = errors.checkText("note", request.param("note"), AddTicketNote.TEXT_MAX_LENGTH);
        boolean internal = "internal".equals(request.param("visibility"))
                && request.can(Permission.TICKET_ADMINISTER.key());
        if (errors.isEmpty()) {
            try {
                ticketing().tickets().addNote(internal ? AddTicketNote.internalNote(id, text)
                        : AddTicketNote.publicNote(id, text));
                return Reply.redirect("/tickets/" + id);
            } catch (ValidationException invalid) {
                errors.addAll(invalid, path -> "note");
            }
        }
        return views.detail(request, id, errors).with("noteText", text);
    }

    private Reply reopen(WebRequest request) {
        Ticket ticket = ticketing().tickets().get(request.path("id"));
        ticketing().tickets().reopen(ReopenTicket.of(ticket));
        return Reply.redirect("/tickets/" + ticket.id());
    }

    private static String fieldOf(String path) {
        if (path.startsWith("contact.email")) {
            return "email";
        }
        if (path.startsWith("contact.phone")) {
            return "phone";
        }
        if (path.startsWith("contact")) {
            return "name";
        }
        if (path.startsWith("screenshot")) {
            return ScreenshotField.FIELD;
        }
        return path.startsWith("description") ? "description" : null;
    }

    static TicketKind kind(String value) {
        for (TicketKind kind : TicketKind.values()) {
            if (kind.name().equalsIgnoreCase(value.strip())) {
                return kind;
            }
        }
        return TicketKind.ISSUE;
    }

    /** The screen id the link carried; anything that is not an id's shape is not kept. */
    static String screen(String value) {
        return SCREEN_ID.matcher(value.strip()).matches() ? value.strip() : "unknown";
    }

    /** The page the user came from, as a path of this site; null when it is not one. */
    static String pagePath(String value) {
        if (value == null) {
            return null;
        }
        String path = value.strip();
        if (path.startsWith("http://") || path.startsWith("https://")) {
            try {
                path = URI.create(path).getRawPath();
            } catch (IllegalArgumentException notAnAddress) {
                return null;
            }
        }
        return path != null && PAGE_PATH.matcher(path).matches() && !path.startsWith("//") ? path : null;
    }

    private static String suggestionId(String value) {
        String id = value.strip();
        return SCREEN_ID.matcher(id).matches() ? id : null;
    }

    private static String userAgent(WebRequest request) {
        String agent = request.header("User-Agent");
        return agent.length() > TicketSource.USER_AGENT_MAX_LENGTH
                ? agent.substring(0, TicketSource.USER_AGENT_MAX_LENGTH) : agent;
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    /**
     * The ticket form's values.
     *
     * @param kind        the ticket's kind
     * @param screen      the screen id the user came from
     * @param page        the path of the page they came from, or null
     * @param description what they wrote
     * @param name        their name, for the contact
     * @param email       their e-mail address, or ""
     * @param phone       their telephone number, or ""
     * @param screenshot  the screenshot's data URL as sent back with a form that had messages, or ""
     * @param suggestion  the id of the suggestions shown, or null
     */
    public record TicketForm(TicketKind kind, String screen, String page, String description, String name,
                             String email, String phone, String screenshot, String suggestion) {

        static TicketForm blank(TicketKind kind, String screen, String page, String name) {
            return new TicketForm(kind, screen, page, "", name, "", "", "", null);
        }

        /** The page's title for the kind. */
        public String title() {
            return switch (kind) {
                case ISSUE -> "Report an issue";
                case QUESTION -> "Ask a question";
                case SUGGESTION -> "Make a suggestion";
            };
        }

        /** The kind as the form sends it. */
        public String kindParam() {
            return kind.name().toLowerCase(Locale.ROOT);
        }
    }
}
