// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.caseload.linkage.MatchEngine;
import org.caseload.linkage.NicknameTable;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.ticketing.RedactionCategory;
import org.caseload.ticketing.internal.redaction.Marks;
import org.caseload.ticketing.internal.redaction.NameFinder;
import org.caseload.ticketing.internal.redaction.NormalizedText;
import org.caseload.ticketing.internal.redaction.ShapedData;

/**
 * Removes client personal data from text that leaves the organization: SSNs, telephone numbers,
 * e-mail addresses other than the reporter's, street addresses, the names of the clients the
 * organization can see, their dates of birth, and dates standing next to their names. The rules
 * are those of {@code docs/escalation.md} and {@code docs/security.md}; each value found is
 * replaced by its category's placeholder. Thread-safe.
 *
 * <p>The text is first read normalized ({@link NormalizedText}: NFKC, every dash and space one
 * character, invisible characters left out), so that fullwidth digits, an en dash or a zero-width
 * space inside a name hide nothing; what is kept is the original text, less its invisible
 * characters. Names are recognized through the client store's match-key index
 * ({@link NameFinder}): only keys are looked up, and nothing found is logged.
 */
public final class Redactor {

    /** The result: the redacted text and how many values of each category it lost. */
    public record Redaction(String text, Map<RedactionCategory, Integer> counts) {
    }

    /** The clients the organization can see having any of some match keys. */
    @FunctionalInterface
    public interface ClientLookup {
        List<ClientRecord> find(Set<String> matchKeys, int limit);
    }

    private final NameFinder names;
    private final Set<String> registeredScreens;

    /** A redactor recognizing nicknames by the shipped nickname list, knowing no screen. */
    public Redactor(MatchEngine engine) {
        this(engine, Set.of());
    }

    /** A redactor recognizing nicknames by the shipped nickname list, keeping these screen ids. */
    public Redactor(MatchEngine engine, Set<String> registeredScreens) {
        this(engine, NicknameTable.standard(), registeredScreens);
    }

    public Redactor(MatchEngine engine, NicknameTable nicknames, Set<String> registeredScreens) {
        this.names = new NameFinder(Objects.requireNonNull(engine, "engine"), nicknames);
        this.registeredScreens = Set.copyOf(registeredScreens);
    }

    /**
     * The screen id to send: as it is when it is the id of a registered screen, else redacted like
     * a description (a host may let a screen id carry free text, a search or a client's name).
     */
    public String redactScreen(String screenId, String reporterEmail, ClientLookup clientsByKeys) {
        return registeredScreens.contains(screenId) ? screenId : redact(screenId, reporterEmail, clientsByKeys).text();
    }

    /**
     * Redacts {@code text}.
     *
     * @param reporterEmail the reporter's address, kept when found; may be null
     * @param clientsByKeys the clients the organization can see having any of the given match keys,
     *                      at most the given number of them
     */
    public Redaction redact(String text, String reporterEmail, ClientLookup clientsByKeys) {
        Marks marks = new Marks(NormalizedText.of(text));
        ShapedData.mark(marks, reporterEmail);
        Set<LocalDate> birthDates = names.mark(marks, clientsByKeys::find);
        ShapedData.markDates(marks, birthDates);
        Marks.Applied applied = marks.apply();
        return new Redaction(applied.text(), applied.counts());
    }
}
