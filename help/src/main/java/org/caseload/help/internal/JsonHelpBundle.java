// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.ui.ArticleDocument;
import org.caseload.spi.ui.HelpContentSource;
import org.caseload.spi.ui.ScreenGuide;
import org.caseload.spi.ui.SearchSynonyms;
import org.caseload.spi.ui.ShortcutDefinition;
import org.caseload.spi.ui.ShortcutOverride;
import org.caseload.spi.ui.ToolTipEntry;

/**
 * Help content read from a bundle of files: the product's {@code tooltips.json},
 * {@code shortcuts.json}, {@code screens.json} and {@code articles.json} with the Markdown files it
 * lists, and the same per organization under {@code organizations/<id>/} for the organizations
 * {@code organizations.json} lists. The layout and formats are documented on
 * {@code org.caseload.help.HelpContent} and in {@code docs/help.md}. Immutable and thread-safe;
 * reads the files on every call.
 */
public final class JsonHelpBundle implements HelpContentSource {

    private static final String TOOL_TIPS = "tooltips.json";
    private static final String ORGANIZATIONS = "organizations.json";
    private static final String SHORTCUTS = "shortcuts.json";
    private static final String SCREENS = "screens.json";
    private static final String ARTICLES = "articles.json";
    private static final String SYNONYMS = "synonyms.json";
    /** Folders and a file name of the usual raster image types, none of them {@code ..}. */
    private static final Pattern IMAGE_PATH = Pattern.compile(
            "([A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*\\.(?i:png|jpe?g|gif|webp)");

    private final BundleFiles files;

    private JsonHelpBundle(BundleFiles files) {
        this.files = files;
    }

    /** A bundle in a classpath folder such as {@code help/}, found through {@code loader}. */
    public static HelpContentSource onClasspath(String folder, ClassLoader loader) {
        return new JsonHelpBundle(new ClasspathBundleFiles(folder, loader));
    }

    /** A bundle in a folder of a file system. */
    public static HelpContentSource inFolder(Path folder) {
        return new JsonHelpBundle(new FolderBundleFiles(folder));
    }

    /**
     * Every tip of the bundle: the product defaults, then each listed organization's overrides.
     *
     * @throws ConfigurationException when the product defaults are missing, or a file cannot be
     *         read or does not fit its format
     */
    @Override
    public List<ToolTipEntry> toolTips() {
        Problems problems = new Problems();
        List<ToolTipEntry> entries = new ArrayList<>();
        problems.attempt(() -> read(TOOL_TIPS, file -> ToolTipFileReader.read(file, null))
                .orElseThrow(() -> new ConfigurationException(files.describe(TOOL_TIPS)
                        + " is missing: a help bundle needs the product's default tool tips")))
                .ifPresent(entries::addAll);
        for (String organizationId : organizations()) {
            problems.attempt(() -> read(organizationFile(organizationId, TOOL_TIPS),
                    file -> ToolTipFileReader.read(file, organizationId)))
                    .flatMap(tips -> tips)
                    .ifPresent(entries::addAll);
        }
        problems.throwIfAny("the tool tips of " + files.describe(""));
        return List.copyOf(entries);
    }

    /**
     * The product's articles, then each listed organization's, as {@code articles.json} files list them.
     *
     * @throws ConfigurationException when a list does not fit its format or names a missing file
     */
    @Override
    public List<ArticleDocument> articles() {
        Problems problems = new Problems();
        List<ArticleDocument> articles = new ArrayList<>();
        problems.attempt(() -> articlesIn("", null)).ifPresent(articles::addAll);
        for (String organizationId : organizations()) {
            problems.attempt(() -> articlesIn(organizationFile(organizationId, ""), organizationId))
                    .ifPresent(articles::addAll);
        }
        problems.throwIfAny("the articles of " + files.describe(""));
        return List.copyOf(articles);
    }

    /** The product's shortcuts; none without {@code shortcuts.json}. */
    @Override
    public List<ShortcutDefinition> shortcuts() {
        return read(SHORTCUTS, ShortcutFileReader::definitions).orElse(List.of());
    }

    /** Each listed organization's shortcut changes. */
    @Override
    public List<ShortcutOverride> shortcutOverrides() {
        Problems problems = new Problems();
        List<ShortcutOverride> overrides = new ArrayList<>();
        for (String organizationId : organizations()) {
            problems.attempt(() -> read(organizationFile(organizationId, SHORTCUTS),
                    file -> ShortcutFileReader.overrides(file, organizationId)))
                    .flatMap(changes -> changes)
                    .ifPresent(overrides::addAll);
        }
        problems.throwIfAny("the keyboard shortcut changes of " + files.describe(""));
        return List.copyOf(overrides);
    }

    /** The screens' guides; none without {@code screens.json}. */
    @Override
    public List<ScreenGuide> screenGuides() {
        return read(SCREENS, ScreenGuideFileReader::read).orElse(List.of());
    }

    /** The synonyms the product's {@code synonyms.json} adds for everyone, then each organization's. */
    @Override
    public List<SearchSynonyms> searchSynonyms() {
        Problems problems = new Problems();
        List<SearchSynonyms> synonyms = new ArrayList<>();
        problems.attempt(() -> read(SYNONYMS, file -> SynonymFileReader.read(file, null)))
                .flatMap(groups -> groups)
                .ifPresent(synonyms::addAll);
        for (String organizationId : organizations()) {
            problems.attempt(() -> read(organizationFile(organizationId, SYNONYMS),
                    file -> SynonymFileReader.read(file, organizationId)))
                    .flatMap(groups -> groups)
                    .ifPresent(synonyms::addAll);
        }
        problems.throwIfAny("the search synonyms of " + files.describe(""));
        return List.copyOf(synonyms);
    }

    /**
     * An image under the product's folder, or under {@code organizations/<id>/} for an organization's;
     * empty for a path that is not an image path of letters, digits, {@code .}, {@code _} and {@code -}.
     */
    @Override
    public Optional<byte[]> image(String organizationId, String path) {
        if (path == null || !IMAGE_PATH.matcher(path).matches()
                || organizationId != null && !organizations().contains(organizationId)) {
            return Optional.empty();
        }
        return bytes((organizationId == null ? "" : organizationFile(organizationId, "")) + path);
    }

    private List<String> organizations() {
        return read(ORGANIZATIONS, OrganizationIndexReader::read).orElse(List.of());
    }

    private static String organizationFile(String organizationId, String name) {
        return "organizations/" + organizationId + "/" + name;
    }

    /** The articles an {@code articles.json} in this folder ({@code ""} or ending in {@code /}) lists. */
    private List<ArticleDocument> articlesIn(String folder, String organizationId) {
        List<ArticleDocument> articles = new ArrayList<>();
        Problems problems = new Problems();
        for (String path : read(folder + ARTICLES, ArticleListReader::read).orElse(List.of())) {
            String file = folder + path;
            problems.attempt(() -> text(file).orElseThrow(() -> new ConfigurationException(files.describe(file)
                    + " is missing: " + files.describe(folder + ARTICLES) + " lists it")))
                    .ifPresent(markdown -> articles.add(new ArticleDocument(organizationId,
                            ArticleListReader.articleId(path), files.describe(file), markdown)));
        }
        problems.throwIfAny("the articles listed in " + files.describe(folder + ARTICLES));
        return articles;
    }

    private Optional<String> text(String path) {
        return bytes(path).map(content -> new String(content, StandardCharsets.UTF_8));
    }

    private Optional<byte[]> bytes(String path) {
        try {
            Optional<InputStream> content = files.open(path);
            if (content.isEmpty()) {
                return Optional.empty();
            }
            try (InputStream in = content.get()) {
                return Optional.of(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new ConfigurationException(files.describe(path) + " could not be read: " + e.getMessage(), e);
        }
    }

    /** The file at this path, read in its format; empty when the bundle has no such file. */
    private <T> Optional<T> read(String path, JsonFile.Reader<T> reader) {
        String name = files.describe(path);
        try {
            return files.open(path).map(content -> JsonFile.read(name, content, reader));
        } catch (IOException e) {
            throw new ConfigurationException(name + " could not be opened: " + e.getMessage(), e);
        }
    }
}
