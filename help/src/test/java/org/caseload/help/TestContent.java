// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.caseload.spi.ui.ArticleDocument;
import org.caseload.spi.ui.HelpContentSource;
import org.caseload.spi.ui.ScreenGuide;
import org.caseload.spi.ui.SearchSynonyms;
import org.caseload.spi.ui.ShortcutDefinition;
import org.caseload.spi.ui.ShortcutOverride;
import org.caseload.spi.ui.ToolTipEntry;

/** Help content a test assembles in code, as a host's own {@link HelpContentSource} would supply it. */
final class TestContent implements HelpContentSource {

    private final List<ToolTipEntry> toolTips = new ArrayList<>();
    private final List<ArticleDocument> articles = new ArrayList<>();
    private final List<ShortcutDefinition> shortcuts = new ArrayList<>();
    private final List<ShortcutOverride> overrides = new ArrayList<>();
    private final List<ScreenGuide> guides = new ArrayList<>();
    private final List<SearchSynonyms> synonyms = new ArrayList<>();
    private final Map<String, byte[]> images = new HashMap<>();

    TestContent tip(ToolTipEntry entry) {
        toolTips.add(entry);
        return this;
    }

    /** A product article whose header is these lines ({@code key: value}) and whose body is {@code body}. */
    TestContent article(String id, String header, String body) {
        return article(null, id, header, body);
    }

    /** An organization's article (null for the product's). */
    TestContent article(String organizationId, String id, String header, String body) {
        articles.add(new ArticleDocument(organizationId, id, "test:" + (organizationId == null ? "" : organizationId
                + "/") + id + ".md", "---\n" + header.strip() + "\n---\n" + body));
        return this;
    }

    /** A published English product article of the User Guide. */
    TestContent publishedArticle(String id, String title, String tags, String body) {
        return article(id, "title: " + title + "\ncategory: User Guide\ntags: " + tags
                + "\nupdated: 2025-01-15\nlocale: en\nstatus: published", body);
    }

    TestContent shortcut(String actionId, String keys, String screenId) {
        shortcuts.add(new ShortcutDefinition(actionId, keys, screenId,
                Map.of(Locale.ENGLISH, "Run " + actionId, Locale.FRENCH, "Lancer " + actionId)));
        return this;
    }

    TestContent shortcutChange(String organizationId, String actionId, String keys) {
        overrides.add(new ShortcutOverride(organizationId, actionId, keys));
        return this;
    }

    /** Words that mean the same to searches of the organization's readers (null: every reader's). */
    TestContent synonyms(String organizationId, Locale locale, String... terms) {
        synonyms.add(new SearchSynonyms(organizationId, locale, List.of(terms)));
        return this;
    }

    /** An image of the product (organization null) or of an organization. */
    TestContent withImage(String organizationId, String path) {
        images.put(organizationId + ":" + path, new byte[] {1, 2, 3});
        return this;
    }

    TestContent guide(ScreenGuide guide) {
        guides.add(guide);
        return this;
    }

    @Override
    public List<ToolTipEntry> toolTips() {
        return List.copyOf(toolTips);
    }

    @Override
    public List<ArticleDocument> articles() {
        return List.copyOf(articles);
    }

    @Override
    public List<ShortcutDefinition> shortcuts() {
        return List.copyOf(shortcuts);
    }

    @Override
    public List<ShortcutOverride> shortcutOverrides() {
        return List.copyOf(overrides);
    }

    @Override
    public List<SearchSynonyms> searchSynonyms() {
        return List.copyOf(synonyms);
    }

    @Override
    public List<ScreenGuide> screenGuides() {
        return List.copyOf(guides);
    }

    @Override
    public Optional<byte[]> image(String organizationId, String path) {
        return Optional.ofNullable(images.get(organizationId + ":" + path));
    }
}
