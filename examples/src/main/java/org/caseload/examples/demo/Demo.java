// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.demo;

import static org.caseload.examples.demo.DemoIdentity.DANA;
import static org.caseload.examples.demo.DemoIdentity.SAM;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.caseload.clients.Client;
import org.caseload.clients.ClientMatch;
import org.caseload.clients.ClientSearch;
import org.caseload.clients.ProbableDuplicateException;
import org.caseload.clients.RegisterClient;
import org.caseload.linkage.FieldAgreement;
import org.caseload.linkage.FieldComparison;
import org.caseload.linkage.ScoredPair;
import org.caseload.core.Caseload;
import org.caseload.core.EphemeralKeyProvider;
import org.caseload.core.forms.JsonForms;
import org.caseload.help.Help;
import org.caseload.help.HelpContent;
import org.caseload.help.HelpService;
import org.caseload.jdbc.EmbeddedOption;
import org.caseload.jdbc.JdbcStorage;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.storage.audit.AuditQuery;
import org.caseload.spi.security.KeyProvider;
import org.caseload.spi.storage.Storage;
import org.caseload.ticketing.Ticketing;

/**
 * Embeds Caseload as a host would, with two organizations (a shelter and a harbor outreach
 * program) and the vendor's support desk, and tells what happens.
 */
public final class Demo {

    private static final String INTAKE_SCREEN = "client.intake";

    private final PrintStream out;
    private final DemoIdentity identity = new DemoIdentity();
    private final VendorDesk vendor = new VendorDesk();
    private final DemoNotifier notifier = new DemoNotifier();

    Demo(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the demo on embedded H2, the embedded default: a database with a password and H2's file
     * cipher, in the folder given as the first argument, or in a new temporary folder, so that every
     * run starts from an empty database. The password is {@code CASELOAD_DB_PASSWORD} when it is set
     * (to run the demo again on its folder), else a one-off one that is never shown: the temporary
     * database is not meant to be opened again.
     */
    public static void main(String[] args) throws IOException {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("caseload-demo");
        System.out.println("Caseload demo, on an encrypted embedded H2 database in " + folder);
        char[] password = password(System.getenv("CASELOAD_DB_PASSWORD"));
        try (JdbcStorage storage = JdbcStorage.embedded(folder, password, EmbeddedOption.FILE_CIPHER)) {
            new Demo(System.out).run(storage);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The given password, or a random one of 32 letters and digits when none is given. */
    static char[] password(String given) {
        if (given != null && !given.isEmpty()) {
            return given.toCharArray();
        }
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        SecureRandom random = new SecureRandom();
        char[] password = new char[32];
        for (int i = 0; i < password.length; i++) {
            password[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return password;
    }

    /** Runs the whole story on the given storage. */
    void run(Storage storage) {
        // The demo's database lives as long as the run, so keys that live as long are enough; a host
        // keeps its keys outside the database, where they outlive every restart (docs/security.md).
        KeyProvider keys = new EphemeralKeyProvider();
        try (Caseload caseload = Caseload.builder().storage(storage).identity(identity).notifier(notifier)
                .forms(JsonForms.fromClasspath("demo-forms")).keyProvider(keys).build()) {
            Ticketing ticketing = Ticketing.builder(caseload, vendor)
                    .applicationVersion(TicketChapters.APPLICATION_VERSION).build();
            HelpService help = Help.create(caseload, HelpContent.fromClasspath("demo-help"));

            Client maria = registerAndFind(caseload);
            keepOrganizationsApart(caseload, maria);
            showToolTips(help);
            chapter("4. The Help menu and the knowledge base");
            new HelpChapter(identity, this::say).run(help);
            new TicketChapters(identity, notifier, this::chapter, this::say)
                    .run(ticketing, "client:" + maria.id(), 5);
            new CaseWorkersDay(identity, this::chapter, this::say).run(caseload, 7);
            new EscalationChapter(identity, vendor, notifier, this::chapter, this::say)
                    .run(caseload, storage, keys, ticketing, 10);
            showAuditTrail(storage);
        }
    }

    private Client registerAndFind(Caseload caseload) {
        chapter("1. Intake at " + DemoIdentity.SHELTER);
        identity.signIn(DANA);
        Client maria = caseload.clients().register(RegisterClient.of("María", "García", LocalDate.of(1980, 3, 4)));
        say(DANA.displayName() + " registers " + maria.fullName() + ", born " + maria.details().dateOfBirth()
                + " (client " + maria.id() + ").");
        List<ClientMatch> found = caseload.clients().search(ClientSearch.byName("garcia maria"));
        say("A search for \"garcia maria\" finds " + found.size() + " client: " + found.get(0).client().fullName()
                + " (score " + String.format(Locale.ROOT, "%.2f", found.get(0).score()) + ": "
                + agreements(found.get(0).fields()) + ").");
        try {
            caseload.clients().register(RegisterClient.of("Mary", "Garcia", LocalDate.of(1980, 3, 4)));
        } catch (ProbableDuplicateException refused) {
            ScoredPair match = refused.matches().get(0);
            say("Registering \"Mary Garcia, born 1980-03-04\" stops at the intake check: probably client "
                    + match.idB() + " (" + agreements(match.fields()) + "); nothing was created.");
        }
        return maria;
    }

    /** The fields a comparison could judge, and how each agreed. */
    private static String agreements(List<FieldComparison> fields) {
        return fields.stream()
                .filter(field -> field.agreement() != FieldAgreement.MISSING)
                .map(field -> field.field().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
                        + field.agreement().name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    private void keepOrganizationsApart(Caseload caseload, Client maria) {
        chapter("2. Another organization sees nothing");
        identity.signIn(SAM);
        int matches = caseload.clients().search(ClientSearch.byName("garcia maria")).size();
        say(SAM.displayName() + " at " + DemoIdentity.HARBOR + " searches \"garcia maria\": " + matches + " matches.");
        try {
            caseload.clients().get(maria.id());
        } catch (NotFoundException e) {
            say("Opening the client by id answers: " + e.getMessage() + ".");
        }
    }

    private void showToolTips(HelpService help) {
        chapter("3. Tool tips");
        identity.signIn(DANA);
        say(DANA.displayName() + " (" + DANA.locale().toLanguageTag() + ") rests on the date-of-birth field: "
                + toolTipText(help));
        identity.signIn(SAM);
        say(SAM.displayName() + " (" + SAM.locale().toLanguageTag() + ") sees the product default: "
                + toolTipText(help));
    }

    private String toolTipText(HelpService help) {
        return help.toolTip(INTAKE_SCREEN, "dateOfBirth")
                .map(tip -> "\"" + tip.text() + "\" [" + tip.source() + ", " + tip.locale().toLanguageTag() + "]")
                .orElse("(no tip)");
    }

    private void showAuditTrail(Storage storage) {
        chapter("11. The audit trail of " + DemoIdentity.SHELTER);
        storage.inTransaction(session -> session.audit().find(AuditQuery.forOrganization(DemoIdentity.SHELTER, 100)))
                .forEach(entry -> say(entry.userId() + " " + entry.action() + " " + entry.outcome()
                        + (entry.recordId() == null ? "" : " " + entry.recordType() + " " + entry.recordId())));
    }

    private void chapter(String title) {
        out.println();
        out.println(title);
    }

    private void say(String line) {
        out.println("  " + line);
    }
}
