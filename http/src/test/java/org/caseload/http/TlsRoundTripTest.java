// SPDX-License-Identifier: Apache-2.0
package org.caseload.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseload.http.HttpLink.ADMIN;
import static org.caseload.http.HttpLink.AGENT;
import static org.caseload.http.HttpLink.ORG;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.caseload.spi.storage.tickets.TicketNoteRecord.Visibility;
import org.caseload.ticketing.Ticket;
import org.caseload.ticketing.desk.AddDeskNote;
import org.caseload.ticketing.desk.DeskTicket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both sides over HTTPS on loopback, with a certificate the test generates with the JDK's keytool:
 * the servers present it, the clients trust it and nothing else. The set-up of docs/escalation.md.
 */
class TlsRoundTripTest {

    private static final char[] PASSWORD = "test-only-password".toCharArray();

    @TempDir
    Path directory;

    @Test
    void anEscalationAndTheDesksNoteCrossOverTls() throws Exception {
        try (HttpLink link = new HttpLink(tls(generateKeyStore()))) {
            assertThat(link.deskUri.getScheme()).isEqualTo("https");
            Ticket ticket = link.submitAndEscalate("Printing shows an empty page.");
            link.ticketing.deliverPending();
            DeskTicket received = link.asVendor(AGENT, () -> link.service.findByTicket(ORG, ticket.id()))
                    .orElseThrow();

            link.asVendor(AGENT, () -> link.service.addNote(AddDeskNote.shared(received.id(), "Fixed in 4.2.2.")));
            link.desk.deliverPending();

            assertThat(link.asOrganization(ADMIN, () -> link.tickets.notes(ticket.id())))
                    .filteredOn(note -> note.visibility() == Visibility.PUBLIC)
                    .extracting(note -> note.text()).containsExactly("Fixed in 4.2.2.");
            assertThat(link.desk.deliveryCounts().dead()).isZero();
        }
    }

    /** A PKCS#12 key store holding a new self-signed EC key pair for localhost and 127.0.0.1. */
    private Path generateKeyStore() throws IOException, InterruptedException {
        Path store = directory.resolve("loopback.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "loopback",
                "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD)))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("keytool finished").isTrue();
        assertThat(process.exitValue()).as("keytool: %s", output).isZero();
        return store;
    }

    /** Presents the key store's certificate, and trusts only it. */
    private static SSLContext tls(Path storeFile) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(storeFile)) {
            store.load(in, PASSWORD);
        }
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("loopback", store.getCertificate("loopback"));

        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }
}
