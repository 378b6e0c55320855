// SPDX-License-Identifier: Apache-2.0
package org.caseload.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.caseload.casework.WriteCaseNote;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.ClientSearch;
import org.caseload.clients.RegisterClient;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.sharing.RecordConsent;
import org.caseload.spi.error.ValidationException;
import org.caseload.testing.Role;
import org.caseload.testing.TestClock;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One text policy for every field of every command: names and ids on one line, notes on several. */
class TextPolicyTest {

    private static final TestClock CLOCK = TestClock.at("2026-11-25T10:00:00Z");
    private final InMemoryStorage storage = new InMemoryStorage();
    private final Caseload caseload = Caseload.builder().storage(storage)
            .identity(new TestIdentity().as(TestUsers.user("worker", "org-a", Role.CASEWORKER))).clock(CLOCK).build();
    private final String clientId = caseload.clients().register(RegisterClient.of("Maria", "Garcia", null)).id();

    @AfterEach
    void close() {
        caseload.close();
    }

    @ParameterizedTest
    @CsvSource({
        "Ma\u202Eria, caseload.text.bidiControl",
        "Ma\u2066ria, caseload.text.bidiControl",
        "Ma\u200Bria, caseload.text.invisibleCharacter",
        "Ma\u200Dria, caseload.text.invisibleCharacter",
        "Ma\uFEFFria, caseload.text.invisibleCharacter",
        "Ma\u0000ria, caseload.text.controlCharacter",
        "Ma\u0007ria, caseload.text.controlCharacter"})
    void aNameWithAHiddenCharacterIsRefusedNamingTheFieldAndTheRule(String name, String key) {
        assertThat(violations(() -> caseload.clients().register(RegisterClient.of(ClientDetails.named(name,
                "Garcia")).confirmingDuplicates()))).contains(tuple("details.firstName", key));
        assertThat(violations(() -> caseload.clients().search(ClientSearch.of(name, "Garcia", null, null))))
                .containsExactly(tuple("firstName", key));
        assertThat(caseload.clients().search(ClientSearch.byName("Maria Garcia"))).hasSize(1);
    }

    @Test
    void anIdWithAHiddenCharacterIsRefusedWithoutEchoingIt() {
        ValidationException refused = (ValidationException) catchThrowable(() -> caseload.consents().record(
                RecordConsent.grant(clientId + "\u202E", LocalDate.of(2027, 1, 1), "org-b\u200B")));

        assertThat(refused.violations()).extracting(v -> v.path(), v -> v.messageKey(), v -> v.rejectedValue())
                .containsExactlyInAnyOrder(tuple("clientId", "caseload.text.bidiControl", "text of 37 characters"),
                        tuple("organizationIds[0]", "caseload.text.invisibleCharacter", "text of 6 characters"));
        assertThat(refused.getMessage()).doesNotContain("\u202E", "\u200B");
    }

    @Test
    void aNoteMayHoldLinesTabsAndJoinersButNoOtherControlOrBidiCharacter() {
        caseload.caseNotes().write(WriteCaseNote.about(clientId, CLOCK.today(), "Visit",
                "First line\n\tsecond line 👩\u200D👧"));

        assertThat(violations(() -> caseload.caseNotes().write(WriteCaseNote.about(clientId, CLOCK.today(), "Visit",
                "a\u0000b")))).containsExactly(tuple("text", "caseload.text.controlCharacter"));
        assertThat(violations(() -> caseload.caseNotes().write(WriteCaseNote.about(clientId, CLOCK.today(), "Visit",
                "see \u202Etxt.exe")))).containsExactly(tuple("text", "caseload.text.bidiControl"));
        assertThat(violations(() -> caseload.caseNotes().write(WriteCaseNote.about(clientId, CLOCK.today(), "Vi\nsit",
                "text")))).containsExactly(tuple("regarding", "caseload.text.controlCharacter"));
        assertThat(caseload.caseNotes().notesOf(org.caseload.casework.HistoryRequest.recent(clientId))).hasSize(1);
    }

    @Test
    void aNoteIsStoredInNfc() {
        String decomposed = "Jose\u0301 came in";

        String stored = caseload.caseNotes().write(WriteCaseNote.about(clientId, CLOCK.today(), "Visit", decomposed))
                .text();

        assertThat(stored).isEqualTo("Jos\u00E9 came in");
    }

    private static Throwable catchThrowable(Runnable call) {
        return org.assertj.core.api.Assertions.catchThrowable(call::run);
    }

    private static List<Tuple> violations(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            return e.violations().stream().map(v -> tuple(v.path(), v.messageKey())).toList();
        }
        throw new AssertionError("expected a ValidationException");
    }
}
