// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.nio.file.Path;
import org.caseload.help.internal.JsonHelpBundle;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.ui.HelpContentSource;

/**
 * Help content kept as a bundle of files, on the classpath or in a folder. Both read the same
 * layout, so a bundle can move between the two unchanged:
 *
 * <pre>
 * tooltips.json                          the product's tool tips (required)
 * shortcuts.json                         the product's keyboard shortcuts (optional)
 * screens.json                           where each screen's Help menu points (optional)
 * articles.json                          the paths of the product's Markdown articles (optional)
 * organizations.json                     the organizations that override them (optional)
 * organizations/&lt;organizationId&gt;/tooltips.json   one organization's tips (optional)
 * organizations/&lt;organizationId&gt;/shortcuts.json  its remapped and disabled shortcuts (optional)
 * organizations/&lt;organizationId&gt;/articles.json   its own articles and overrides (optional)
 * </pre>
 *
 * The formats of shortcuts, screens and articles (with their front-matter header) are described
 * in {@code docs/help.md}.
 *
 * <h2>{@code tooltips.json}</h2>
 * An array of locale blocks; each names a locale (a BCP 47 tag: {@code en}, {@code fr},
 * {@code fr-CA}) and its tips, each keyed by the stable ids of a screen and a field. Every member
 * shown is required, no other is allowed (except {@code "form"}, in an organization's file, for a
 * tip of one of its custom forms), and texts are plain strings:
 *
 * <pre>{@code
 * [
 *   {"locale": "en", "tips": [
 *     {"screen": "client.intake", "field": "dateOfBirth", "text": "As the client gives it."}
 *   ]},
 *   {"locale": "fr", "tips": [
 *     {"screen": "client.intake", "field": "dateOfBirth", "text": "Telle que le client la donne."}
 *   ]}
 * ]
 * }</pre>
 *
 * <h2>{@code organizations.json}</h2>
 * An array of the organization ids whose folders are read, such as {@code ["org-a", "org-b"]}:
 * the index exists because a classpath folder cannot be listed. An id is letters, digits,
 * {@code .}, {@code _} and {@code -}, starting with a letter or digit. Without the index, or for
 * an organization it lists that has no {@code tooltips.json}, there are no overrides: that is not
 * an error.
 *
 * <h2>Errors</h2>
 * The sources read their files each time one of the {@link HelpContentSource} methods is called,
 * which {@link Help#create} does once. A missing product {@code tooltips.json} fails with a
 * {@link ConfigurationException} naming it; a file that is not valid JSON, or an entry that lacks a
 * member or has a wrong one, fails with one naming the file, the line and column, and the member at
 * fault. The sources are immutable and thread-safe.
 */
public final class HelpContent {

    private HelpContent() {
    }

    /**
     * A bundle in a classpath folder, such as {@code "help/"} (leading and trailing slashes are
     * optional), found through the calling thread's context class loader, or this library's class
     * loader when the thread has none.
     *
     * @throws ConfigurationException when the folder is null
     */
    public static HelpContentSource fromClasspath(String folder) {
        if (folder == null) {
            throw new ConfigurationException("folder must not be null: name a classpath folder such as \"help/\"");
        }
        ClassLoader contextLoader = Thread.currentThread().getContextClassLoader();
        return JsonHelpBundle.onClasspath(folder,
                contextLoader != null ? contextLoader : HelpContent.class.getClassLoader());
    }

    /**
     * A bundle in a folder of the file system.
     *
     * @throws ConfigurationException when the folder is null
     */
    public static HelpContentSource fromFolder(Path folder) {
        if (folder == null) {
            throw new ConfigurationException("folder must not be null: name the folder that holds tooltips.json");
        }
        return JsonHelpBundle.inFolder(folder);
    }
}
