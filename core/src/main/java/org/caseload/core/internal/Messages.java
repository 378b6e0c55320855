// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;

/**
 * The text of every message key, from resource bundles, in this order: the host's
 * {@code ValidationMessages} (the Jakarta Validation place for a host's own texts and
 * translations), Caseload's {@code ContributorValidationMessages}, and Hibernate Validator's own
 * messages for the standard constraints. A key none of them knows is its own text. {@code {name}}
 * in a text is replaced by the argument of that name. Thread-safe; bundles are cached by
 * {@link ResourceBundle}.
 */
public final class Messages {

    /** The locale of a message thrown before the caller's locale is known; the bundles' base files are English. */
    public static final Locale DEFAULT = Locale.ENGLISH;

    private static final List<String> BUNDLES = List.of("ValidationMessages", "ContributorValidationMessages",
            "org.hibernate.validator.ValidationMessages");
    private static final Pattern ARGUMENT = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

    private Messages() {
    }

    /** The text of {@code key} in {@code locale}, its arguments filled in. */
    public static String text(String key, Map<String, ?> arguments, Locale locale) {
        return fill(template(key, locale), arguments);
    }

    /** A violation whose message is the text of its key, in English. */
    public static Violation violation(String path, String key, Map<String, ?> arguments, String rejectedValue) {
        return new Violation(path, key, Map.copyOf(arguments), text(key, arguments, DEFAULT), rejectedValue);
    }

    /** A violation whose message takes no arguments, in English. */
    public static Violation violation(String path, String key, String rejectedValue) {
        return violation(path, key, Map.of(), rejectedValue);
    }

    /** A validation failure of one violation, in English. */
    public static ValidationException invalid(String subject, String path, String key, Map<String, ?> arguments,
                                              String rejectedValue) {
        return new ValidationException(subject, List.of(violation(path, key, arguments, rejectedValue)));
    }

    /**
     * {@code failure} with its messages in {@code locale}; {@code failure} itself when they read the
     * same. The original stays attached as suppressed, for the place it was thrown.
     */
    public static ValidationException localized(ValidationException failure, Locale locale) {
        List<Violation> translated = failure.violations().stream()
                .map(v -> new Violation(v.path(), v.messageKey(), v.arguments(),
                        text(v.messageKey(), v.arguments(), locale), v.rejectedValue()))
                .toList();
        if (translated.equals(failure.violations())) {
            return failure;
        }
        ValidationException localized = new ValidationException(failure.subject(), translated);
        localized.addSuppressed(failure);
        return localized;
    }

    private static String template(String key, Locale locale) {
        Objects.requireNonNull(key, "key");
        for (String bundle : BUNDLES) {
            try {
                ResourceBundle messages = bundle(bundle, locale);
                if (messages.containsKey(key)) {
                    return messages.getString(key);
                }
            } catch (MissingResourceException absent) {
                // A host without ValidationMessages: the next bundle decides.
            }
        }
        return key;
    }

    /**
     * The bundle for {@code locale}, or the English base when the locale has none: never the JVM
     * default locale's, which {@link ResourceBundle#getBundle} falls back to. (A
     * {@link ResourceBundle.Control} would avoid that, but named modules do not support one.)
     */
    private static ResourceBundle bundle(String name, Locale locale) {
        ResourceBundle found = ResourceBundle.getBundle(name, locale);
        Locale foundLocale = found.getLocale();
        boolean fellBack = !foundLocale.getLanguage().isEmpty()
                && !foundLocale.getLanguage().equals(locale.getLanguage());
        return fellBack ? ResourceBundle.getBundle(name, Locale.ROOT) : found;
    }

    private static String fill(String template, Map<String, ?> arguments) {
        Matcher matcher = ARGUMENT.matcher(template);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = arguments.containsKey(name) ? String.valueOf(arguments.get(name)) : matcher.group();
            matcher.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(text);
        return text.toString();
    }
}
