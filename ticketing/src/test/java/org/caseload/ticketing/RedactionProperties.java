// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseload.ticketing.TicketingFixture.ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.ORGANIZATION;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.caseload.clients.RegisterClient;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.support.SupportMessage;
import org.caseload.testing.TestUsers;
import org.caseload.testing.Role;

/**
 * Text built from generated client records (names in any case or with a zero-width character
 * inside, SSNs with spaces, dashes of every kind, fullwidth digits or hidden characters, dates of
 * birth in nine formats) in free prose never leaks an SSN, a
 * date of birth or a name into what an escalation sends, and what support needs beside them is
 * kept.
 */
class RedactionProperties {

    private static final Principal INTAKE = TestUsers.builder("u-intake", ORGANIZATION).named("Ivy Intake")
            .roles(Role.CASEWORKER).build();

    private static final List<String> FIRST_NAMES = List.of("Maria", "José", "Aaliyah", "Chen", "Fatima",
            "Dmitri", "Nkechi", "Siobhan", "Mateo", "Priya", "Tomasz", "Amara", "Yusuf", "Ingrid");
    private static final List<String> LAST_NAMES = List.of("García", "Nguyen", "O'Brien", "Okafor", "Kowalski",
            "Haddad", "Lindqvist", "Mbeki", "Castillo-Ruiz", "Petrov", "Tanaka", "Abernathy");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("MM/dd/yyyy"),
            DateTimeFormatter.ofPattern("M/d/yyyy"),
            DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US),
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.US),
            DateTimeFormatter.ofPattern("dd.MM.yyyy"),
            DateTimeFormatter.ofPattern("d MMM yy", Locale.US),
            DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US),
            DateTimeFormatter.ofPattern("M/d/yy"));
    private static final int SSN_FORMATS = 6;
    /** What support needs, in every generated text; none of it may be lost. */
    private static final String SUPPORT_LINE = "Error ERR-4012 on client-intake in 4.12.3 at 10:42 since 2025-03-01.";
    private static final List<String> TEMPLATES = List.of(
            "Client {first} {last} (SSN {ssn}, DOB {dob}) cannot be saved.",
            "{first} {last} was born {dob}; the number {ssn} is rejected.",
            "I searched {first} {last} {dob} and got nothing back.",
            "When I open {last}, {first} the page freezes. SSN on file: {ssn}. Date of birth {dob}.",
            "The intake for {first} {last} shows {dob} twice and {ssn} once.",
            "Please check {first} {last}'s enrollment; {ssn} / {dob}.",
            "{lowerfirst} {lowerlast} called, dob {dob}, ssn {ssn}.",
            "The record of {first}\u200B {la\u200Bst} shows SSN {ssn} and born {dob}.");
    private static final List<String> FILLER = List.of("The Save button does nothing.",
            "It started after the update.", "Other records open fine.", "We tried two browsers.", "");

    record Person(String first, String last, String ssn, LocalDate born, int ssnFormat, int dateFormat,
                  int template, int filler) {

        String ssnAs(int format) {
            return switch (format) {
                case 0 -> ssn.substring(0, 3) + "-" + ssn.substring(3, 5) + "-" + ssn.substring(5);
                case 1 -> ssn.substring(0, 3) + " " + ssn.substring(3, 5) + " " + ssn.substring(5);
                case 2 -> ssn;
                case 3 -> ssn.substring(0, 3) + "\u2013" + ssn.substring(3, 5) + "\u2014" + ssn.substring(5);
                case 4 -> fullwidth(ssnAs(0));
                default -> ssn.substring(0, 3) + "\u200B-" + ssn.substring(3, 5) + "-\u2060" + ssn.substring(5);
            };
        }

        private static String fullwidth(String text) {
            StringBuilder out = new StringBuilder();
            text.chars().forEach(c -> out.append(Character.isDigit(c) ? (char) (c - '0' + '\uFF10') : (char) c));
            return out.toString();
        }

        String prose() {
            String zeroWidthInside = last.substring(0, 1) + "\u200B" + last.substring(1);
            return TEMPLATES.get(template)
                    .replace("{la\u200Bst}", zeroWidthInside)
                    .replace("{lowerfirst}", first.toLowerCase(Locale.ROOT))
                    .replace("{lowerlast}", last.toLowerCase(Locale.ROOT))
                    .replace("{first}", first).replace("{last}", last)
                    .replace("{ssn}", ssnAs(ssnFormat))
                    .replace("{dob}", DATE_FORMATS.get(dateFormat).format(born))
                    + " " + FILLER.get(filler) + " " + SUPPORT_LINE;
        }
    }

    @Provide
    Arbitrary<List<Person>> people() {
        return person().list().ofMinSize(1).ofMaxSize(3);
    }

    private static Arbitrary<Person> person() {
        return Combinators.combine(
                Arbitraries.of(FIRST_NAMES), Arbitraries.of(LAST_NAMES),
                Arbitraries.strings().numeric().ofLength(9),
                Arbitraries.integers().between(0, 30_000).map(days -> LocalDate.of(1935, 1, 1).plusDays(days)),
                Arbitraries.integers().between(0, SSN_FORMATS - 1),
                Arbitraries.integers().between(0, DATE_FORMATS.size() - 1),
                Arbitraries.integers().between(0, TEMPLATES.size() - 1),
                Arbitraries.integers().between(0, FILLER.size() - 1))
                .as(Person::new);
    }

    @Property(tries = 150)
    void nothingPersonalLeaves(@ForAll("people") List<Person> people) {
        try (TicketingFixture fixture = new TicketingFixture()) {
            fixture.identity.as(INTAKE);
            for (Person person : people) {
                fixture.caseload.clients().register(RegisterClient.of(person.first(), person.last(), person.born())
                        .confirmingDuplicates());
            }
            String description = String.join(" ", people.stream().map(Person::prose).toList());
            Ticket ticket = fixture.submitAsReporter(description);
            fixture.identity.as(ADMINISTRATOR);

            fixture.tickets.escalate(EscalateTicket.of(fixture.tickets.previewEscalation(ticket.id())));
            fixture.ticketing.deliverPending();

            String sent = ((SupportMessage.Escalation) fixture.channel.accepted().get(0)).summary();
            String folded = sent.toLowerCase(Locale.ROOT);
            assertThat(sent).contains(SUPPORT_LINE);
            String digits = java.text.Normalizer.normalize(sent, java.text.Normalizer.Form.NFKC).replaceAll("[^0-9]", "");
            for (Person person : people) {
                assertThat(digits).doesNotContain(person.ssn());
                for (DateTimeFormatter dates : DATE_FORMATS) {
                    assertThat(sent).doesNotContain(dates.format(person.born()));
                }
                assertThat(folded).doesNotContain((person.first() + " " + person.last()).toLowerCase(Locale.ROOT));
                assertThat(folded).doesNotContain((person.last() + ", " + person.first()).toLowerCase(Locale.ROOT));
                assertThat(folded).doesNotContain(person.last().toLowerCase(Locale.ROOT).substring(1));
            }
        }
    }
}
