// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.util.List;
import java.util.Optional;

/**
 * Contextual help for the current user, as the runtime's identity provider names them.
 * Obtained from {@link Help#create}; thread-safe. Tool tips, Help menus and shortcuts are shared,
 * non-personal content read on every hover and click: they are authenticated and checked for the
 * {@code help.read} permission, a refusal is audited, but a successful read writes nothing.
 *
 * <h2>How a tool tip is resolved</h2>
 * The user's locale gives a chain of candidate locales: the locale itself, then its more general
 * forms (the JDK's resource-bundle fallback, {@link java.util.ResourceBundle.Control#getCandidateLocales}),
 * then English. For a {@code fr-CA} user the chain is {@code fr-CA}, {@code fr}, {@code en}.
 * The first text found wins, in this order:
 * <ol>
 *   <li>when the screen shows one of the organization's custom forms, the organization's text for
 *       that form, trying each locale of the chain in turn;</li>
 *   <li>the user's organization's override, trying each locale of the chain in turn;</li>
 *   <li>the product default, trying each locale of the chain in turn.</li>
 * </ol>
 * A more specific level in any locale of the chain therefore beats a more general one in a closer
 * locale: an organization rewrites a tip because its own practice differs, and the product's text
 * would describe the wrong practice, however well it is translated.
 */
public interface HelpService {

    /**
     * The tool tip of a field of a screen, for the current user's organization and locale.
     *
     * @param screenId the stable id of the screen, such as {@code client.intake}; required
     * @param fieldId  the stable id of the field, such as {@code dateOfBirth}; required
     * @return the resolved tip, or empty when neither the organization nor the product has one in
     *         any locale of the user's chain
     * @throws org.caseload.spi.error.ValidationException when an id is null, blank or longer than 200
     * @throws org.caseload.spi.error.AccessDeniedException when nobody is authenticated or the user
     *         lacks {@code help.read}
     */
    Optional<ToolTip> toolTip(String screenId, String fieldId);

    /**
     * The tool tip of a field of one of the organization's custom forms shown on a screen: the
     * form's own text first, then as {@link #toolTip(String, String)}.
     *
     * @param formId the stable id of the organization's custom form; required
     * @throws org.caseload.spi.error.ValidationException when an id is null, blank or longer than 200
     * @throws org.caseload.spi.error.AccessDeniedException as {@link #toolTip(String, String)}
     */
    Optional<ToolTip> formToolTip(String screenId, String formId, String fieldId);

    /**
     * Which fields of the host's screen catalogue have no tool tip, or only one in another
     * language, as users of the caller's organization and locale see them. Needs design rights.
     *
     * @param catalogue the host's screens and their fields; required
     * @throws org.caseload.spi.error.ValidationException when the catalogue is null
     * @throws org.caseload.spi.error.AccessDeniedException without {@code design}
     */
    ToolTipCoverage toolTipCoverage(List<Screen> catalogue);

    /**
     * The Help menu of a screen for the current user: View the Documentation (when a guide is
     * configured), Watch a Video (when the screen has one), Tool Documentation (for users with
     * design rights), Keyboard Shortcuts (those that work on the screen), then Report an issue,
     * Ask a question and Make a suggestion. The two documentation items link only to a published
     * article the user may read: never to a draft, an archived article or one outside their audience.
     *
     * @throws org.caseload.spi.error.ValidationException when the screen id is null, blank or longer than 200
     * @throws org.caseload.spi.error.ValidationException when the platform is null
     * @throws org.caseload.spi.error.AccessDeniedException without {@code help.read}
     */
    HelpMenu menu(String screenId, Platform platform);

    /**
     * The keyboard shortcuts that work on a screen for the user's organization (those of every
     * screen, then the screen's own), labelled for their platform and described in their locale.
     *
     * @throws org.caseload.spi.error.ValidationException when the screen id is null, blank or longer than 200
     * @throws org.caseload.spi.error.ValidationException when the platform is null
     * @throws org.caseload.spi.error.AccessDeniedException without {@code help.read}
     */
    List<KeyboardShortcut> shortcuts(String screenId, Platform platform);

    /** The knowledge base over the same content. */
    KnowledgeBase knowledgeBase();

    /** Drafts, review and history of the organization's articles, which the knowledge base serves. */
    ArticleEditing articleEditing();

    /** Articles suggested while a user writes a ticket, through the knowledge base's search. */
    TicketSuggestions ticketSuggestions();
}
