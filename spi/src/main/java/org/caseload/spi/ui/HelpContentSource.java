// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.ui;

import java.util.List;
import java.util.Optional;

/**
 * Supplies help content: tool tips, knowledge-base articles, keyboard shortcuts and the guides
 * of screens, as the product defines them and as each organization overrides them.
 * <b>Implemented by</b> the help module's content bundles ({@code HelpContent.fromClasspath}) or
 * by a host that keeps help content elsewhere. Only {@link #toolTips()} is required; a source
 * without the other kinds of content keeps their defaults, which supply none.
 *
 * <p>Contract: thread-safe; called when the help service is created (content is read once);
 * never returns null. A source that cannot read its content throws a
 * {@link org.caseload.spi.error.ConfigurationException} naming the file or place that failed; any
 * other exception, or a null, fails the help service's creation with a
 * {@link org.caseload.spi.error.HostPartException} with code {@code HELP_CONTENT_SOURCE_FAILED}.
 */
public interface HelpContentSource {

    /** Every tool tip, at every level and in every locale. */
    List<ToolTipEntry> toolTips();

    /** Every knowledge-base article, the product's and the organizations', in every locale. */
    default List<ArticleDocument> articles() {
        return List.of();
    }

    /** The product's keyboard shortcuts. */
    default List<ShortcutDefinition> shortcuts() {
        return List.of();
    }

    /** The organizations' changes to the product's keyboard shortcuts. */
    default List<ShortcutOverride> shortcutOverrides() {
        return List.of();
    }

    /** Where each screen's Help menu points. */
    default List<ScreenGuide> screenGuides() {
        return List.of();
    }

    /**
     * What the product and the organizations add to the synonyms and acronyms the knowledge-base
     * search ships with.
     */
    default List<SearchSynonyms> searchSynonyms() {
        return List.of();
    }

    /**
     * An image that articles show ({@code ![a form](images/intake-form.png)}), by the path they
     * name it with: relative to the product's content, or to the organization's for its articles.
     *
     * @param organizationId the organization, or null for the product's images
     * @param path           the path as the article names it
     * @return the image's bytes; empty when the source has no such image
     */
    default Optional<byte[]> image(String organizationId, String path) {
        return Optional.empty();
    }
}
