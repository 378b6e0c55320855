package org.caseload.help;

import java.util.Optional;

/**
 * Contextual help for the current user, as the runtime's identity provider names them.
 * Obtained from {@link Help#create}; thread-safe. Every call is authenticated, checked for the
 * {@code help.read} permission and audited.
 *
 * <h2>How a tool tip is resolved</h2>
 * The user's locale gives a chain of candidate locales: the locale itself, then its more general
 * forms (the JDK's resource-bundle fallback, {@link java.util.ResourceBundle.Control#getCandidateLocales}),
 * then English. For a {@code fr-CA} user the chain is {@code fr-CA}, {@code fr}, {@code en}.
 * The first text found wins, in this order:
 * <ol>
 *   <li>the user's organization's override, trying each locale of the chain in turn;</li>
 *   <li>the product default, trying each locale of the chain in turn.</li>
 * </ol>
 * An organization's override in any locale of the chain therefore beats the product default in
 * a closer locale: an organization rewrites a tip because its own practice differs, and the
 * product's text would describe the wrong practice, however well it is translated.
 */
public interface HelpService {

    /**
     * The tool tip of a field of a screen, for the current user's organization and locale.
     *
     * @param screenId the stable id of the screen, such as {@code client.intake}; required
     * @param fieldId  the stable id of the field, such as {@code dateOfBirth}; required
     * @return the resolved tip, or empty when neither the organization nor the product has one in
     *         any locale of the user's chain
     * @throws org.caseload.spi.error.ValidationException when an id is null or blank
     * @throws org.caseload.spi.error.AccessDeniedException when nobody is authenticated or the user
     *         lacks {@code help.read}
     */
    Optional<ToolTip> toolTip(String screenId, String fieldId);
}
