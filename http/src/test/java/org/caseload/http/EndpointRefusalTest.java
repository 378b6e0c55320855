// SPDX-License-Identifier: Apache-2.0
package org.caseload.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseload.http.HttpLink.AGENT;
import static org.caseload.http.HttpLink.KEY_ADMIN;
import static org.caseload.http.HttpLink.ORG;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import com.sun.net.httpserver.HttpServer;
import org.caseload.http.SignedRequests.Answer;
import org.caseload.http.internal.Signatures;
import org.caseload.spi.support.SupportMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The desk's endpoint refuses a request that is forged, tampered, unsigned, expired, replayed,
 * speaking for another organization, oversized, of an unknown version or type, or going the wrong
 * way, with its status and stable code, and changes nothing.
 */
class EndpointRefusalTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpLink link = new HttpLink();
    private final SignedRequests desk = new SignedRequests(link.deskUri);
    private final ChannelSecret secret = link.issued.secret();

    @AfterEach
    void close() {
        link.close();
    }

    private SupportMessage.Escalation escalation(String messageId, String organizationId, String ticketId) {
        return new SupportMessage.Escalation(messageId, organizationId, ticketId, link.clock.instant(), 1, "ISSUE",
                "Printing shows an empty page.", "client-search", "4.2.0", "Ada Admin", null);
    }

    private Instant now() {
        return link.clock.instant();
    }

    private boolean deskHas(String organizationId, String ticketId) {
        return link.asVendor(AGENT, () -> link.service.findByTicket(organizationId, ticketId)).isPresent();
    }

    private void assertNothingChanged(String ticketId) {
        assertThat(deskHas(ORG, ticketId)).isFalse();
        assertThat(link.asVendor(KEY_ADMIN, () -> link.credentialService.list(ORG))).singleElement()
                .satisfies(credential -> assertThat(credential.firstUsedAt()).isNull());
    }

    @Test
    void aWellSignedEscalationIsAcceptedWithAnAcknowledgement() {
        Answer answer = desk.post(escalation("m-1", ORG, "t-1"), secret, now());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(WireFormat.acknowledged(answer.body().getBytes())).isEqualTo("m-1");
        assertThat(deskHas(ORG, "t-1")).isTrue();
    }

    @Test
    void aForgedSignatureIsRefused() {
        ChannelSecret forged = new ChannelSecret(secret.credentialId(), "A".repeat(43));
        Answer answer = desk.post(escalation("m-1", ORG, "t-1"), forged, now());

        assertThat(answer).extracting(Answer::status, Answer::code).containsExactly(401, "SIGNATURE_INVALID");
        assertNothingChanged("t-1");
    }

    @Test
    void aBodyChangedAfterSigningIsRefused() {
        byte[] body = WireFormat.encode(escalation("m-1", ORG, "t-1"));
        Map<String, String> headers = desk.headers(secret, now(), "m-1", body);
        byte[] tampered = new String(body).replace("empty page", "blank page").getBytes();

        assertThat(desk.post(headers, tampered)).extracting(Answer::status, Answer::code)
                .containsExactly(401, "SIGNATURE_INVALID");
        assertNothingChanged("t-1");
    }

    @Test
    void anUnknownCredentialAndAMissingSignatureAreRefused() {
        ChannelSecret unknown = new ChannelSecret("no-such-credential", secret.secret());
        assertThat(desk.post(escalation("m-1", ORG, "t-1"), unknown, now()))
                .extracting(Answer::status, Answer::code).containsExactly(401, "SIGNATURE_INVALID");

        byte[] body = WireFormat.encode(escalation("m-1", ORG, "t-1"));
        Map<String, String> headers = new java.util.HashMap<>(desk.headers(secret, now(), "m-1", body));
        headers.remove(Signatures.SIGNATURE);
        Answer unsigned = desk.post(headers, body);
        assertThat(unsigned).extracting(Answer::status, Answer::code).containsExactly(401, "SIGNATURE_MISSING");
        assertThat(unsigned.body()).contains("Caseload-Signature");
        assertNothingChanged("t-1");
    }

    @Test
    void aTimestampOutsideTheWindowIsRefusedEitherWay() {
        Duration past = SupportEndpoint.DEFAULT_WINDOW.plusSeconds(1);
        assertThat(desk.post(escalation("m-1", ORG, "t-1"), secret, now().minus(past)))
                .extracting(Answer::status, Answer::code).containsExactly(401, "SIGNATURE_EXPIRED");
        assertThat(desk.post(escalation("m-1", ORG, "t-1"), secret, now().plus(past)))
                .extracting(Answer::status, Answer::code).containsExactly(401, "SIGNATURE_EXPIRED");
        assertNothingChanged("t-1");

        assertThat(desk.post(escalation("m-1", ORG, "t-1"), secret, now().minus(SupportEndpoint.DEFAULT_WINDOW)))
                .extracting(Answer::status).isEqualTo(200);
    }

    @Test
    void aReplayedRequestIsRefusedAndAppliesNothingTwice() {
        byte[] body = WireFormat.encode(escalation("m-1", ORG, "t-1"));
        Map<String, String> headers = desk.headers(secret, now(), "m-1", body);
        assertThat(desk.post(headers, body).status()).isEqualTo(200);
        long version = link.asVendor(AGENT, () -> link.service.findByTicket(ORG, "t-1")).orElseThrow().version();

        link.clock.advance(Duration.ofMinutes(1));
        assertThat(desk.post(headers, body)).extracting(Answer::status, Answer::code)
                .containsExactly(401, "REPLAYED");
        // Signed again, later, as the sender's retry would be: still a repeat.
        assertThat(desk.post(escalation("m-1", ORG, "t-1"), secret, now())).extracting(Answer::status, Answer::code)
                .containsExactly(401, "REPLAYED");
        assertThat(link.asVendor(AGENT, () -> link.service.findByTicket(ORG, "t-1")).orElseThrow().version())
                .isEqualTo(version);
    }

    @Test
    void aMessageForAnotherOrganizationIsForbidden() {
        Answer answer = desk.post(escalation("m-1", "org-b", "t-1"), secret, now());

        assertThat(answer).extracting(Answer::status, Answer::code).containsExactly(403, "ORGANIZATION_MISMATCH");
        assertThat(answer.body()).doesNotContain("org-b");
        assertThat(deskHas("org-b", "t-1")).isFalse();
        assertNothingChanged("t-1");
    }

    @Test
    void aRevokedCredentialNoLongerSigns() {
        link.asVendor(KEY_ADMIN, () -> link.credentialService.revoke(
                new RevokeChannelCredential(secret.credentialId())));

        assertThat(desk.post(escalation("m-1", ORG, "t-1"), secret, now()))
                .extracting(Answer::status, Answer::code).containsExactly(401, "SIGNATURE_INVALID");
        assertThat(deskHas(ORG, "t-1")).isFalse();
    }

    @Test
    void anOversizedBodyIsRefused() throws IOException {
        HttpServer small = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        JdkHttpEndpoint.mount(small, SupportEndpoint.builder(link.vendor, ChannelCredentials.forDesk(link.vendor,
                HttpLink.KEYS), message -> link.vendorIdentity.runAs(HttpLink.DESK_LINK,
                () -> link.service.receive(message))).maxBodyBytes(1024).build());
        small.start();
        try {
            SignedRequests requests = new SignedRequests(URI.create("http://localhost:" + small.getAddress().getPort()
                    + SupportEndpoint.DEFAULT_PATH));
            char[] filler = new char[2000];
            Arrays.fill(filler, 'x');
            SupportMessage.Escalation large = new SupportMessage.Escalation("m-1", ORG, "t-1", now(), 1, "ISSUE",
                    new String(filler), "client-search", "4.2.0", "Ada Admin", null);

            assertThat(requests.post(large, secret, now())).extracting(Answer::status, Answer::code)
                    .containsExactly(413, "BODY_TOO_LARGE");
            assertNothingChanged("t-1");
        } finally {
            small.stop(0);
        }
    }

    @Test
    void anUnknownVersionOrTypeIsRefusedPrecisely() throws IOException {
        ObjectNode message = (ObjectNode) JSON.readTree(WireFormat.encode(escalation("m-1", ORG, "t-1")));
        message.put("version", 2);
        byte[] body = JSON.writeValueAsBytes(message);
        Answer version = desk.post(desk.headers(secret, now(), "m-1", body), body);
        assertThat(version).extracting(Answer::status, Answer::code).containsExactly(400, "UNSUPPORTED_VERSION");
        assertThat(version.body()).contains("version 2 is not supported");

        message.put("version", 1);
        message.put("type", "escalation.v9");
        body = JSON.writeValueAsBytes(message);
        Answer type = desk.post(desk.headers(secret, now(), "m-1", body), body);
        assertThat(type).extracting(Answer::status, Answer::code).containsExactly(400, "UNKNOWN_TYPE");
        assertThat(type.body()).contains("escalation.v9");
        assertNothingChanged("t-1");
    }

    @Test
    void unknownFieldsAreIgnored() throws IOException {
        ObjectNode message = (ObjectNode) JSON.readTree(WireFormat.encode(escalation("m-1", ORG, "t-1")));
        message.put("priorityHint", "urgent");
        message.putObject("extensions").put("vendorField", 7);
        byte[] body = JSON.writeValueAsBytes(message);

        assertThat(desk.post(desk.headers(secret, now(), "m-1", body), body).status()).isEqualTo(200);
        assertThat(deskHas(ORG, "t-1")).isTrue();
    }

    @Test
    void aVendorUpdateSentToTheDeskAndAnotherMethodAreRefused() {
        SupportMessage.VendorNote note = new SupportMessage.VendorNote("m-1", ORG, "t-1", now(), 1, 1, "Terry",
                "A note.");
        assertThat(desk.post(note, secret, now())).extracting(Answer::status, Answer::code)
                .containsExactly(400, "NOT_ACCEPTED_HERE");

        assertThat(desk.send("PUT", Map.of(), new byte[0])).extracting(Answer::status, Answer::code)
                .containsExactly(405, "METHOD_NOT_ALLOWED");
        assertNothingChanged("t-1");
    }

    @Test
    void aSignedMessageIdThatIsNotTheBodysIsRefused() {
        byte[] body = WireFormat.encode(escalation("m-1", ORG, "t-1"));

        assertThat(desk.post(desk.headers(secret, now(), "m-2", body), body))
                .extracting(Answer::status, Answer::code).containsExactly(400, "MESSAGE_ID_MISMATCH");
        assertNothingChanged("t-1");
    }

    @Test
    void theOrganizationsEndpointRefusesAForgedOrForeignUpdateAndAnEscalation() {
        SignedRequests organization = new SignedRequests(link.orgUri);
        String ticketId = link.submitAndEscalate("Printing shows an empty page.").id();
        SupportMessage.VendorNote note = new SupportMessage.VendorNote("v-1", ORG, ticketId, now(), 1, 1, "Terry",
                "A forged note.");

        assertThat(organization.post(note, new ChannelSecret(secret.credentialId(), "C".repeat(43)), now()))
                .extracting(Answer::status, Answer::code).containsExactly(401, "SIGNATURE_INVALID");
        SupportMessage.VendorNote foreign = new SupportMessage.VendorNote("v-2", "org-b", ticketId, now(), 1, 1,
                "Terry", "Not yours.");
        assertThat(organization.post(foreign, secret, now()))
                .extracting(Answer::status, Answer::code).containsExactly(403, "ORGANIZATION_MISMATCH");
        assertThat(organization.post(escalation("m-1", ORG, ticketId), secret, now()))
                .extracting(Answer::status, Answer::code).containsExactly(400, "NOT_ACCEPTED_HERE");
        assertThat(link.asOrganization(HttpLink.ADMIN, () -> link.tickets.notes(ticketId))).isEmpty();
    }
}
