// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseload.ticketing.TicketingFixture.ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.ORGANIZATION;
import static org.caseload.ticketing.TicketingFixture.OTHER_ORGANIZATION;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseload.clients.Client;
import org.caseload.clients.RegisterClient;
import org.caseload.sharing.CreateSharingAgreement;
import org.caseload.sharing.RecordConsent;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.sharing.SharedRecordKind;
import org.caseload.testing.Role;
import org.caseload.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Over 300 hand-made ticket lines ({@code redaction-corpus.txt}), each previewed for escalation by
 * the organization's administrator: no personal value of any line leaves, and at least 98% of the
 * tokens support needs (error codes, screen ids, versions, times, ticket numbers, event dates,
 * ordinary words that look like names) are kept.
 */
class RedactionCorpusTest {

    private static final Principal INTAKE = TestUsers.builder("u-intake", ORGANIZATION).named("Ivy Intake")
            .roles(Role.CASEWORKER).build();
    private static final Principal PARTNER_INTAKE = TestUsers.builder("u-partner", OTHER_ORGANIZATION)
            .named("Pat Partner").roles(Role.CASEWORKER).build();
    private static final Principal PARTNER_ADMIN = TestUsers.builder("u-partner-admin", OTHER_ORGANIZATION)
            .named("Pam Partner").roles(Role.ORGANIZATION_ADMINISTRATOR).build();
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

    private final TicketingFixture fixture = new TicketingFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    record CorpusLine(int number, String text, List<String> leaks, List<String> kept) {
    }

    @Test
    void noLineLeaksAndWhatSupportNeedsIsKept() throws IOException {
        registerClients();
        List<CorpusLine> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
        List<String> leaks = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        int keptTokens = 0;
        int tokens = 0;
        int refusedLines = 0;
        for (CorpusLine line : corpus) {
            Ticket ticket;
            try {
                ticket = fixture.submitAsReporter(line.text());
            } catch (ValidationException refused) {
                // The text policy refuses bidirectional controls in a description: such a line is
                // never stored, so nothing of it can leave. Any other refusal is a defect.
                assertThat(refused.getMessage()).as("line %d", line.number()).contains("caseload.text.bidiControl");
                refusedLines++;
                continue;
            }
            fixture.identity.as(ADMINISTRATOR);
            String sent = fixture.tickets.previewEscalation(ticket.id()).summary();
            for (String leak : line.leaks()) {
                if (canonical(sent).contains(canonical(leak))) {
                    leaks.add("line " + line.number() + ": " + leak + " in: " + sent);
                }
            }
            for (String token : line.kept()) {
                tokens++;
                if (sent.contains(token)) {
                    keptTokens++;
                } else {
                    lost.add("line " + line.number() + ": " + token + " in: " + sent);
                }
            }
        }
        double keptRate = (double) keptTokens / tokens;
        System.out.printf(Locale.ROOT,
                "redaction corpus: %d lines (%d refused at submission), %d leaks, %d of %d kept tokens (%.1f%%)%n",
                corpus.size(), refusedLines, leaks.size(), keptTokens, tokens, keptRate * 100);
        lost.forEach(System.out::println);
        assertThat(leaks).isEmpty();
        assertThat(keptRate).as("kept tokens, lost: %s", lost).isGreaterThanOrEqualTo(0.98);
    }

    private void registerClients() {
        fixture.identity.as(INTAKE);
        register("Robert", "Johnson", LocalDate.of(1980, 3, 4), false);
        register("María", "García", LocalDate.of(1975, 12, 1), false);
        register("Katherine", "O'Neil", LocalDate.of(1992, 7, 15), false);
        register("William", "Nguyen", LocalDate.of(1968, 11, 30), false);
        register("Elizabeth", "Brown-Okafor", LocalDate.of(2001, 2, 9), false);
        register("Dmitri", "Petrov", LocalDate.of(1955, 5, 5), false);
        register("May", "Chen", LocalDate.of(1988, 8, 8), false);
        register("Tomás", "Ruiz", LocalDate.of(1975, 6, 20), false);
        register("Aurelio", "Vasquez", LocalDate.of(1990, 10, 10), true);
        // A client of the partner organization, shared by agreement and with consent.
        fixture.identity.as(PARTNER_INTAKE);
        Client shared = register("Thandiwe", "Mokoena", LocalDate.of(1979, 9, 21), false);
        fixture.caseload.consents().record(RecordConsent.grant(shared.id(), LocalDate.of(2030, 1, 1), ORGANIZATION));
        fixture.identity.as(PARTNER_ADMIN);
        fixture.caseload.sharing().create(CreateSharingAgreement.oneWay(OTHER_ORGANIZATION, ORGANIZATION,
                LocalDate.of(2025, 1, 1), SharedRecordKind.CLIENT_IDENTITY));
    }

    private Client register(String first, String last, LocalDate born, boolean restricted) {
        RegisterClient command = RegisterClient.of(first, last, born).confirmingDuplicates();
        return fixture.caseload.clients().register(restricted ? command.withRestrictedIntake() : command);
    }

    /** The lines of the corpus, escapes resolved. */
    static List<CorpusLine> corpus() throws IOException {
        String content;
        try (InputStream in = RedactionCorpusTest.class.getResourceAsStream("redaction-corpus.txt")) {
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<CorpusLine> lines = new ArrayList<>();
        String[] all = content.split("\n");
        for (int i = 0; i < all.length; i++) {
            if (all[i].isBlank() || all[i].startsWith("#")) {
                continue;
            }
            String[] fields = all[i].split(" \\|\\|", -1);
            lines.add(new CorpusLine(i + 1, unescape(fields[0].strip()), list(fields[1]), list(fields[2])));
        }
        return lines;
    }

    /** A line's text with each backslash-u escape turned into its character. */
    static String unescape(String text) {
        Matcher matcher = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(
                    Character.toString(Integer.parseInt(matcher.group(1), 16))));
        }
        return matcher.appendTail(out).toString();
    }

    private static List<String> list(String field) {
        return Arrays.stream(field.split(" ~ ")).map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    /** Letters and digits only, compatibility-normalized, accents dropped, case-folded. */
    private static String canonical(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return decomposed.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    }
}
