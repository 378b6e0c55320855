// SPDX-License-Identifier: Apache-2.0
package org.caseload.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.http.HttpLink.AGENT;
import static org.caseload.http.HttpLink.KEY_ADMIN;
import static org.caseload.http.HttpLink.ORG;

import java.time.Duration;
import java.util.List;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.storage.channel.ChannelCredentialRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The desk issues, lists and revokes credentials; secrets are kept sealed; two may be active for rotation. */
class ChannelCredentialServiceTest {

    private final HttpLink link = new HttpLink();

    @AfterEach
    void close() {
        link.close();
    }

    private List<ChannelCredentialRecord> stored() {
        return link.vendorStorage().inTransaction(session -> session.channelCredentials().findByOrganization(ORG));
    }

    @Test
    void theSecretIsShownOnceAndStoredOnlySealed() {
        ChannelSecret secret = link.issued.secret();

        assertThat(stored()).singleElement().satisfies(record -> {
            assertThat(record.id()).isEqualTo(secret.credentialId());
            assertThat(record.keyId()).isEqualTo("channel-key-1");
            assertThat(record.sealedSecret()).doesNotContain(secret.secret());
            // Core's Sealer writes sealed:v1:<key id>:<Base64 of IV, ciphertext and tag>; what it
            // seals is the 32-byte secret as Base64 text, 44 characters.
            assertThat(record.sealedSecret()).startsWith("sealed:v1:");
            String sealed = record.sealedSecret();
            assertThat(java.util.Base64.getDecoder().decode(sealed.substring(sealed.lastIndexOf(':') + 1)))
                    .hasSize(12 + 44 + 16);
        });
        assertThat(link.asVendor(KEY_ADMIN, () -> link.credentialService.list(ORG))).singleElement()
                .satisfies(credential -> {
                    assertThat(credential.active()).isTrue();
                    assertThat(credential.toString()).doesNotContain(secret.secret());
                });
        assertThat(secret.toString()).doesNotContain(secret.secret());
    }

    @Test
    void aSealedSecretCopiedToAnotherCredentialDoesNotOpen() {
        ChannelCredentialRecord original = stored().get(0);
        link.vendorStorage().inTransaction(session -> session.channelCredentials().insert(new ChannelCredentialRecord(
                "copied", ORG, original.keyId(), original.sealedSecret(), original.issuedAt(), null, null, 0)));
        ChannelSecret copied = new ChannelSecret("copied", link.issued.secret().secret());

        SignedRequests.Answer answer = new SignedRequests(link.deskUri).post(new org.caseload.spi.support.SupportMessage
                .Escalation("m-1", ORG, "t-1", link.clock.instant(), 1, "ISSUE", "text", "screen", "4.2.0", "Ada",
                null), copied, link.clock.instant());
        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.body()).doesNotContain(link.issued.secret().secret());
    }

    @Test
    void anOrganizationHoldsAtMostTwoActiveCredentials() {
        IssuedChannelCredential second = link.asVendor(KEY_ADMIN, () ->
                link.credentialService.issue(new IssueChannelCredential(ORG)));
        assertThatThrownBy(() -> link.asVendor(KEY_ADMIN, () ->
                link.credentialService.issue(new IssueChannelCredential(ORG))))
                .isInstanceOf(InvalidTransitionException.class).hasMessageContaining("2 active credentials");
        assertThat(stored()).hasSize(2);

        link.asVendor(KEY_ADMIN, () -> link.credentialService.revoke(
                new RevokeChannelCredential(link.issued.secret().credentialId())));
        assertThat(link.asVendor(KEY_ADMIN, () -> link.credentialService.issue(new IssueChannelCredential(ORG))))
                .isNotNull();
        assertThat(link.asVendor(KEY_ADMIN, () -> link.credentialService.list(ORG)))
                .extracting(ChannelCredential::active).containsExactly(false, true, true);
        assertThat(second.secret().secret()).isNotEqualTo(link.issued.secret().secret());
    }

    @Test
    void revokingTwiceOrAnUnknownCredentialIsRefused() {
        String id = link.issued.secret().credentialId();
        link.asVendor(KEY_ADMIN, () -> link.credentialService.revoke(new RevokeChannelCredential(id)));

        assertThatThrownBy(() -> link.asVendor(KEY_ADMIN, () ->
                link.credentialService.revoke(new RevokeChannelCredential(id))))
                .isInstanceOf(InvalidTransitionException.class);
        assertThatThrownBy(() -> link.asVendor(KEY_ADMIN, () ->
                link.credentialService.revoke(new RevokeChannelCredential("nope"))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyTheCredentialAdministratorsMayIssue() {
        assertThatThrownBy(() -> link.asVendor(AGENT, () ->
                link.credentialService.issue(new IssueChannelCredential(ORG))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stored()).hasSize(1);
    }

    @Test
    void duringARotationTheDeskSignsWithTheNewSecretOnlyOnceTheOrganizationUsesIt() {
        ChannelCredentials desk = ChannelCredentials.forDesk(link.vendor, HttpLink.KEYS);
        SignedRequests requests = new SignedRequests(link.deskUri);
        requests.post(escalation("m-1", "t-1"), link.issued.secret(), link.clock.instant());
        IssuedChannelCredential next = link.asVendor(KEY_ADMIN, () ->
                link.credentialService.issue(new IssueChannelCredential(ORG)));

        // Not yet installed by the organization: the desk keeps signing with the one it uses.
        assertThat(desk.keys().forSigning(ORG).credentialId()).isEqualTo(link.issued.secret().credentialId());

        link.clock.advance(Duration.ofSeconds(1));
        assertThat(requests.post(escalation("m-2", "t-2"), next.secret(), link.clock.instant()).status())
                .isEqualTo(200);
        assertThat(desk.keys().forSigning(ORG).credentialId()).isEqualTo(next.secret().credentialId());
        // The old one still verifies until it is revoked.
        assertThat(requests.post(escalation("m-3", "t-3"), link.issued.secret(), link.clock.instant()).status())
                .isEqualTo(200);
    }

    @Test
    void beforeAnyUseTheDeskSignsWithTheOldestActiveCredential() {
        link.asVendor(KEY_ADMIN, () -> link.credentialService.issue(new IssueChannelCredential(ORG)));

        assertThat(ChannelCredentials.forDesk(link.vendor, HttpLink.KEYS).keys().forSigning(ORG).credentialId())
                .isEqualTo(link.issued.secret().credentialId());
    }

    private org.caseload.spi.support.SupportMessage.Escalation escalation(String messageId, String ticketId) {
        return new org.caseload.spi.support.SupportMessage.Escalation(messageId, ORG, ticketId, link.clock.instant(),
                1, "ISSUE", "text", "screen", "4.2.0", "Ada", null);
    }
}
