// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.jdbc.EmbeddedOption;
import org.caseload.jdbc.JdbcStorage;
import org.caseload.spi.storage.Storage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo tells the whole thin slice, end to end. */
class DemoTest {

    @Test
    void theDemosOneOffPasswordIsLongAndNewEachTimeAndAGivenOneIsKept() {
        assertThat(Demo.password(null)).hasSize(32).isNotEqualTo(Demo.password(null));
        assertThat(Demo.password("")).hasSize(32);
        assertThat(Demo.password("given-Password")).containsExactly("given-Password".toCharArray());
    }

    @Test
    void walksTheWholeSliceEndToEndInMemory() {
        assertTellsTheWholeStory(tell(new InMemoryStorage()));
    }

    @Test
    void walksTheWholeSliceEndToEndOnTheEncryptedEmbeddedH2Default(@TempDir Path folder) {
        try (JdbcStorage storage = JdbcStorage.embedded(folder, Demo.password(null), EmbeddedOption.FILE_CIPHER)) {
            assertTellsTheWholeStory(tell(storage));
        }
    }

    private static String tell(Storage storage) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        new Demo(new PrintStream(buffer, true, StandardCharsets.UTF_8)).run(storage);
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static void assertTellsTheWholeStory(String story) {
        assertThat(story)
                .contains("A search for \"garcia maria\" finds 1 client: María García (score 0.94: first name agree, "
                        + "last name agree)")
                .contains("Registering \"Mary Garcia, born 1980-03-04\" stops at the intake check: probably client ")
                .contains("(first name partial, last name agree, date of birth agree); nothing was created.")
                .contains("searches \"garcia maria\": 0 matches")
                .contains("was not found")
                .contains("Demandez une pièce d'identité").contains("[ORGANIZATION, fr]")
                .contains("sees the product default: \"The date of birth as the client gives it;")
                .contains("The Help menu of client.intake for Dana Reyes (case worker) (fr-CA, WINDOWS):\n"
                        + "    - Consulter la documentation -> article intake-and-search\n")
                .contains("    - Raccourcis clavier: Ctrl+K Trouver une personne")
                .contains("The Help menu of client.intake for Lee Park (local administrator) (en-US, MAC_OS):")
                .contains("    - Tool Documentation -> article designing-custom-forms\n")
                .contains("    - Keyboard Shortcuts: ⌘K Find a client")
                .contains("    - Report an issue -> new ISSUE ticket")
                .contains("searches the help for \"what does escalaton mean\"")
                .contains("first \"What escalation means\" (what-escalation-means)")
                .contains("[escalation]")
                .contains("reports an issue from screen client.intake about client:")
                .contains("with a PNG screenshot: ticket ").contains(" is SUBMITTED.")
                .contains("the same key returns the same ticket, and nothing new is created.")
                .contains("Notification to every ticket.administer holder of shelter-north: \"New ticket ")
                .contains("opens the queue of unassigned tickets, oldest first: 1 ticket, ISSUE from client.intake"
                        + " (version 4.2.1), with a screenshot of ")
                .contains("asks Dana a question and waits: the ticket is WAITING_ON_CUSTOMER.")
                .contains("Notification to dana: \"New note on ticket ")
                .contains("her reply puts the ticket back IN_PROGRESS.")
                .contains("resolves it: the ticket is RESOLVED.")
                .containsPattern("Notification to dana: \"Ticket \\S+ is now RESOLVED\"")
                .contains("sees it RESOLVED (\"Fixed: the alias cache is cleared on save. Reload the intake form.\")"
                        + " and 2 notes; the internal one is not among them.")
                .contains("Its history: submitted, assigned to lee, IN_PROGRESS, public note, WAITING_ON_CUSTOMER,"
                        + " public note, IN_PROGRESS, internal note, RESOLVED.")
                .contains("\"[NAME] (DOB [DATE OF BIRTH], SSN [SSN]) gets a blank page when I print her intake summary."
                        + " Her daughter's number is [PHONE].\"")
                .contains("Redacted: 1 client name, 1 date of birth, 1 phone, 1 ssn.")
                .contains("-> tier 2, Application specialists.")
                .contains("reads a VENDOR note (public): \"A fix for the print template ships in 4.2.2;")
                .contains("reads a VENDOR note (internal): \"Support desk status: WAITING_ON_CUSTOMER, tier 2\"")
                .doesNotContain("Print template bug #881")
                .contains("Its resolution clock (MEDIUM priority, 16 business hours, 9 to 5 in Toronto) is PAUSED"
                        + " while the desk waits: due Thu 6 Mar 10:00.")
                .contains("text as previewed: true; round 1, product version 4.2.1, screen client.intake.")
                .contains("replies to the desk the next morning at 09:30: the ticket is ESCALATED again, the desk's"
                        + " IN_PROGRESS.")
                .contains("reads the shelter's reply: \"Printing from the client profile works for us; [NAME]'s"
                        + " summary printed fine that way.\"")
                .contains("The clock is RUNNING again after 7.5 business hours paused (the night does not count):"
                        + " due Fri 7 Mar 09:30 instead of Thu 6 Mar 10:00.")
                .contains("10. Escalation to the vendor's support desk over HTTP, and what flows back")
                .as("the only way back is the desk's, over HTTP").doesNotContain("Tier 1 support")
                .contains("The vendor issues shelter-north a channel secret (shown once, kept sealed at the desk);")
                .contains("Kim Tran (tier 2 support) resolves it at the desk; Lee Park (local administrator) sees the"
                        + " ticket RESOLVED: \"The print template is fixed in 4.2.2, installed on your site today.\"")
                // The escalation and the reply went to the desk; triaged, in progress, the shared note, waiting and
                // resolved came back.
                .containsPattern("Every message crossed HTTP, signed: 2 signed messages to the desk at"
                        + " http://127\\.0\\.0\\.1:\\d+/caseload/support/messages, 5 back to the shelter at"
                        + " http://127\\.0\\.0\\.1:\\d+/shelter-north/support/messages\\.")
                .contains("dana client.register SUCCEEDED client");
    }

    @Test
    void tellsACaseWorkersDayInMemoryAndOnEmbeddedH2(@TempDir Path folder) {
        assertTellsACaseWorkersDay(tell(new InMemoryStorage()));
        try (JdbcStorage storage = JdbcStorage.embedded(folder, Demo.password(null), EmbeddedOption.FILE_CIPHER)) {
            assertTellsACaseWorkersDay(tell(storage));
        }
    }

    private static void assertTellsACaseWorkersDay(String story) {
        assertThat(story)
                .contains("registers the project \"North emergency shelter\" and the service group \"Basic needs\":"
                        + " Meal (COUNT), Bus pass (CURRENCY).")
                .contains("A first try at the housing intake form is refused: ")
                .contains("forms[0].values[nightsHomeless] (caseload.form.field.aboveMax)")
                .contains("forms[0].values[language] (caseload.form.field.required)")
                .contains("takes in Rosa Díaz and her son Mateo Díaz.")
                .contains("Rosa's housing-intake form (version 1): incomeSource=benefits, language=Spanish,"
                        + " needsInterpreter=yes, nightsHomeless=12.")
                .contains("Rosa's enrollment carries the shelter-entry form (version 1): bed=B-12,"
                        + " referredBy=outreach; Mateo's 0 forms.")
                .contains("Their household: 2 members, head Rosa; Mateo is CHILD (HUD code 2).")
                .contains(": SELF and CHILD.")
                .contains("She writes a read-only note, \"Housing plan\", signed Dana Reyes (case worker).")
                .containsPattern("Editing it later is refused: caseNote \\S+ cannot go from READ_ONLY to EDITED\\.")
                .contains("Services: 3.00 x Meal for Mateo, 2.75 Bus pass for Rosa.")
                .contains("Rosa's profile: 1 household (primary: true), 1 open enrollment, 1 note, 1 service.")
                .containsPattern("Sam Okafor \\(case worker\\) at harbor-house opens the note: caseNote \\S+ was not found\\.")
                .contains("to RENTAL_WITH_SUBSIDY (HUD 435); both enrollments are closed: true.")
                .contains("Rosa's profile now lists 0 open enrollments.")
                .contains("dana enrollment.enroll SUCCEEDED enrollment ")
                .contains("dana caseNote.edit FAILED caseNote ");
    }

    @Test
    void onlyTheUserWithDesignRightsSeesTheToolDocumentation() {
        String story = tell(new InMemoryStorage());
        String danasMenu = story.substring(story.indexOf("for Dana Reyes (case worker) (fr-CA"),
                story.indexOf("for Lee Park"));

        assertThat(danasMenu).doesNotContain("Documentation des outils").doesNotContain("designing-custom-forms");
    }
}
