// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.caseload.core.Caseload;
import org.caseload.core.Permission;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.help.ArticleHit;
import org.caseload.help.ArticleSearch;
import org.caseload.help.Help;
import org.caseload.help.HelpContent;
import org.caseload.help.KnowledgeBase;
import org.caseload.spi.error.CaseloadException;
import org.caseload.spi.identity.Principal;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code kb search --bundle DIR [--locale TAG] [--limit N] [--organization ID] [--queries FILE]
 * [QUERY...]}: searches a help bundle's knowledge base as a reader who may read every published
 * article, and prints one hit per line, {@code article-id<TAB>title<TAB>score}, best first; nothing
 * when no article is relevant. With {@code --queries}, one block per line of the file, each ended
 * by a blank line, empty blocks included, so that block N answers line N.
 */
@Command(name = "kb", description = "Query the knowledge base of a help bundle.")
final class KbCommand implements Callable<Integer> {

    /** The organization of the reader when none is given: one no bundle is expected to have. */
    private static final String NO_ORGANIZATION = "caseload-cli";

    @Spec
    CommandSpec spec;

    /**
     * {@code kb} alone: a subcommand is needed.
     *
     * @return never: the missing subcommand is a usage error
     */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "a subcommand is needed: search");
    }

    /** Runs the searches; returns the exit code. */
    @Command(name = "search", sortOptions = false,
            description = {"Search the articles of a help bundle as a reader who may read every published one "
                    + "(design rights and local administration): the product's articles, and the organization's "
                    + "with --organization.",
                    "Prints article-id<TAB>title<TAB>score per hit, best first; nothing when no article is relevant."})
    int search(
            @Option(names = "--bundle", required = true, paramLabel = "DIR", converter = ExistingFolder.class,
                    description = "The help bundle's folder (tooltips.json, articles.json, ...).") Path bundle,
            @Option(names = "--locale", paramLabel = "TAG", defaultValue = "en", converter = LanguageTag.class,
                    description = "The reader's locale, such as fr or es; default ${DEFAULT-VALUE}.") Locale locale,
            @Option(names = "--limit", paramLabel = "N", defaultValue = "10", converter = Limit.class,
                    description = "The most hits per query, 1 to 50; default ${DEFAULT-VALUE}.") int limit,
            @Option(names = "--organization", paramLabel = "ID",
                    description = "Search this organization's articles too, as one of its readers.") String organization,
            @Option(names = "--queries", paramLabel = "FILE", converter = OptionValues.ExistingFile.class,
                    description = "Run each line of the file (UTF-8) as a query: one block per line, each "
                            + "ended by a blank line.") Path queries,
            @Parameters(paramLabel = "QUERY", arity = "0..*",
                    description = "The words of one query.") List<String> words) {
        if ((queries == null) == (words == null || words.isEmpty())) {
            throw new ParameterException(spec.commandLine().getSubcommands().get("search"),
                    "give either QUERY or --queries FILE");
        }
        List<String> texts = queries == null ? List.of(String.join(" ", words)) : lines(queries);
        for (int line = 0; line < texts.size(); line++) {
            if (texts.get(line).length() > ArticleSearch.MAX_TEXT_LENGTH) {
                throw new CommandFailure(where(queries, line) + "a query is at most "
                        + ArticleSearch.MAX_TEXT_LENGTH + " characters", null);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        Principal reader = new Principal("caseload-cli", "Command line",
                organization == null ? NO_ORGANIZATION : organization, Set.of(), everyPermission(), locale);
        try (Caseload caseload = Caseload.builder().storage(new InMemoryStorage())
                .identity(() -> Optional.of(reader)).build()) {
            KnowledgeBase knowledgeBase;
            try {
                knowledgeBase = Help.create(caseload, HelpContent.fromFolder(bundle)).knowledgeBase();
            } catch (CaseloadException e) {
                throw new CommandFailure("cannot read the help bundle " + bundle + ": " + e.getMessage(), e);
            }
            for (String text : texts) {
                if (!text.isBlank()) {
                    for (ArticleHit hit : knowledgeBase.search(new ArticleSearch(text, null, false, limit))) {
                        out.printf(Locale.ROOT, "%s\t%s\t%.3f%n", hit.articleId(), oneLine(hit.title()), hit.score());
                    }
                }
                if (queries != null) {
                    out.println();
                }
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    /** Every permission: an article's audience may name any of them. Drafts stay out: none is asked for. */
    private static Set<String> everyPermission() {
        return Arrays.stream(Permission.values()).map(Permission::key).collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandFailure("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String where(Path queries, int line) {
        return queries == null ? "" : queries + " line " + (line + 1) + ": ";
    }

    /** A title on one line of a tab-separated output. */
    private static String oneLine(String title) {
        return title.replaceAll("[\\t\\r\\n]+", " ");
    }

    /** A folder that exists. */
    static final class ExistingFolder implements ITypeConverter<Path> {
        @Override
        public Path convert(String text) {
            Path path = Path.of(text);
            if (!Files.isDirectory(path)) {
                throw new TypeConversionException("no such folder: '" + text + "'");
            }
            return path;
        }
    }

    /** A BCP 47 language tag with a language. */
    static final class LanguageTag implements ITypeConverter<Locale> {
        @Override
        public Locale convert(String text) {
            Locale locale = Locale.forLanguageTag(text);
            if (locale.getLanguage().isEmpty()) {
                throw new TypeConversionException("'" + text + "' is not a language tag such as en, fr or es");
            }
            return locale;
        }
    }

    /** How many hits a search may return. */
    static final class Limit implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            try {
                int limit = Integer.parseInt(text);
                if (limit >= 1 && limit <= ArticleSearch.MAX_LIMIT) {
                    return limit;
                }
            } catch (NumberFormatException e) {
                // reported below, as any other value out of range
            }
            throw new TypeConversionException("'" + text + "' is not a number from 1 to " + ArticleSearch.MAX_LIMIT);
        }
    }
}
