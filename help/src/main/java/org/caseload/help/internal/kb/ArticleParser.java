// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caseload.core.Permission;
import org.caseload.help.Article;
import org.caseload.help.ArticleStatus;
import org.caseload.help.internal.kb.FrontMatter.Field;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.ui.ArticleDocument;

/**
 * Reads an {@link ArticleDocument}: its front-matter header into an {@link Article}, its body into
 * text. Every fault fails with a {@link ConfigurationException} that names the document and the
 * line. The header's fields are documented in {@code docs/help.md}.
 */
final class ArticleParser {

    private static final Set<String> KEYS = Set.of("title", "category", "tags", "author", "updated", "locale",
            "status", "audience", "related", "review-by");
    private static final String EVERYONE = "everyone";
    private static final Set<String> PERMISSION_KEYS = Arrays.stream(Permission.values()).map(Permission::key)
            .collect(Collectors.toUnmodifiableSet());

    private ArticleParser() {
    }

    static ParsedArticle parse(ArticleDocument document) {
        String origin = document.origin();
        FrontMatter header = FrontMatter.parse(origin, document.markdown());
        Map<String, Field> fields = header.fields();
        for (Map.Entry<String, Field> field : fields.entrySet()) {
            if (!KEYS.contains(field.getKey())) {
                throw new ConfigurationException(origin + ", line " + field.getValue().line() + ": unknown header \""
                        + field.getKey() + "\"; the headers are " + KEYS.stream().sorted().toList());
            }
        }
        Article article = new Article(document.articleId(), document.organizationId(),
                required(origin, fields, "locale", ArticleParser::locale),
                required(origin, fields, "title", Function.identity()),
                required(origin, fields, "category", Function.identity()),
                optional(origin, fields, "tags", ArticleParser::list, List.of()),
                optional(origin, fields, "author", Function.identity(), null),
                required(origin, fields, "updated", LocalDate::parse),
                required(origin, fields, "status", ArticleParser::status),
                optional(origin, fields, "audience", ArticleParser::audience, Set.of()),
                optional(origin, fields, "related", ArticleParser::list, List.of()),
                optional(origin, fields, "review-by", LocalDate::parse, null),
                header.body().strip());
        return new ParsedArticle(article, origin, MarkdownText.of(article.body()));
    }

    private static <T> T required(String origin, Map<String, Field> fields, String key, Function<String, T> reader) {
        Field field = fields.get(key);
        if (field == null || field.value().isEmpty()) {
            throw new ConfigurationException(origin + ": the header \"" + key + "\" is required");
        }
        return read(origin, key, field, reader);
    }

    private static <T> T optional(String origin, Map<String, Field> fields, String key, Function<String, T> reader,
                                  T absent) {
        Field field = fields.get(key);
        return field == null || field.value().isEmpty() ? absent : read(origin, key, field, reader);
    }

    private static <T> T read(String origin, String key, Field field, Function<String, T> reader) {
        try {
            return reader.apply(field.value());
        } catch (DateTimeParseException e) {
            throw new ConfigurationException(origin + ", line " + field.line() + ": \"" + key + "\" must be a date "
                    + "such as 2025-03-11, not \"" + field.value() + "\"", e);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(origin + ", line " + field.line() + ": \"" + key + "\" "
                    + e.getMessage(), e);
        }
    }

    private static Locale locale(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (!locale.getLanguage().isEmpty()) {
                return locale;
            }
        } catch (IllformedLocaleException e) {
            // reported below, with the expected form
        }
        throw new IllegalArgumentException("must be a language tag such as fr-CA, not \"" + tag + "\"");
    }

    private static ArticleStatus status(String value) {
        return Arrays.stream(ArticleStatus.values())
                .filter(status -> status.name().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be draft, published or archived, not \""
                        + value + "\""));
    }

    private static Set<String> audience(String value) {
        List<String> keys = list(value);
        if (keys.equals(List.of(EVERYONE))) {
            return Set.of();
        }
        for (String key : keys) {
            if (!PERMISSION_KEYS.contains(key)) {
                throw new IllegalArgumentException("must be \"everyone\" or permission keys such as design, not \""
                        + key + "\"");
            }
        }
        return Set.copyOf(keys);
    }

    /** A comma-separated list, items trimmed, empty items dropped. */
    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }
}
