// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.caseload.spi.error.CaseloadException;
import org.caseload.spi.error.ErrorCode;
import org.caseload.spi.security.DataKey;
import org.caseload.spi.security.KeyProvider;
import org.caseload.spi.security.KeyPurpose;
import org.caseload.testing.TestKeys;
import org.junit.jupiter.api.Test;

/** The sealed-value format, and what does not open: altered, misplaced, malformed, keyless. */
class SealerTest {

    private static final String BINDING = "client/c-1/ssn";
    private static final String SECRET = "123456789";

    private final TestKeys keys = TestKeys.fixed();
    private final Sealer sealer = new Sealer(keys, KeyPurpose.FIELD_ENCRYPTION);

    @Test
    void aSealedValueNamesItsKeyHoldsIvCiphertextAndTagAndOpensWhereItWasSealed() {
        String sealed = sealer.seal(SECRET, BINDING);

        assertThat(sealed).startsWith("sealed:v1:test-1:");
        byte[] payload = Base64.getDecoder().decode(sealed.substring("sealed:v1:test-1:".length()));
        assertThat(payload).hasSize(12 + SECRET.length() + 16);
        assertThat(Sealer.keyIdOf(sealed)).contains("test-1");
        assertThat(sealer.isCurrent(sealed)).isTrue();
        assertThat(sealer.unseal(sealed, BINDING)).isEqualTo(SECRET);
        assertThat(sealer.seal(SECRET, BINDING)).isNotEqualTo(sealed);
    }

    @Test
    void aValueMovedToAnotherRecordOrFieldOrAlteredDoesNotOpenAndTheMessageNeverShowsIt() {
        String sealed = sealer.seal(SECRET, BINDING);
        byte[] payload = Base64.getDecoder().decode(sealed.substring(sealed.lastIndexOf(':') + 1));
        payload[14] ^= 1;
        String altered = "sealed:v1:test-1:" + Base64.getEncoder().encodeToString(payload);

        for (String[] attempt : List.of(new String[] {sealed, "client/c-2/ssn"},
                new String[] {sealed, "client/c-1/form/health/condition"}, new String[] {altered, BINDING},
                new String[] {"sealed:v1:test-1:not base64!", BINDING}, new String[] {"sealed:v1:test-1:AAAA", BINDING})) {
            CaseloadException thrown = catchThrowableOfType(() -> sealer.unseal(attempt[0], attempt[1]),
                    CaseloadException.class);
            assertThat(thrown.code()).as(attempt[1]).isEqualTo(ErrorCode.SEALED_VALUE_UNREADABLE);
            assertThat(thrown.getMessage()).contains(attempt[1]).doesNotContain(SECRET)
                    .doesNotContain(attempt[0].substring(attempt[0].lastIndexOf(':') + 1));
        }
    }

    @Test
    void aValueUnderAKeyIdTheProviderDoesNotHoldIsAMissingKeyAndAFailingProviderToo() {
        String sealed = sealer.seal(SECRET, BINDING);
        keys.rotate().retire("test-1");

        assertThat(catchThrowableOfType(() -> sealer.unseal(sealed, BINDING), CaseloadException.class).code())
                .isEqualTo(ErrorCode.ENCRYPTION_KEY_UNAVAILABLE);
        assertThat(sealer.isCurrent(sealed)).isFalse();
        KeyProvider failing = new KeyProvider() {
            @Override
            public DataKey current(KeyPurpose purpose) {
                throw new IllegalStateException("vault unreachable");
            }

            @Override
            public Optional<DataKey> find(KeyPurpose purpose, String keyId) {
                throw new IllegalStateException("vault unreachable");
            }
        };
        CaseloadException thrown = catchThrowableOfType(
                () -> new Sealer(failing, KeyPurpose.FIELD_ENCRYPTION).seal(SECRET, BINDING), CaseloadException.class);
        assertThat(thrown.code()).isEqualTo(ErrorCode.ENCRYPTION_KEY_UNAVAILABLE);
        assertThat(thrown).hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void digestsUnderTwoKeysDifferAndALookupComputesOnePerReadableKey() {
        KeyedDigest digest = new KeyedDigest(keys, KeyPurpose.MATCH_KEY_DIGEST);
        KeyedDigest.Keyed before = digest.current("ssn:abc");
        keys.rotate();

        assertThat(digest.current("ssn:abc").digest()).isNotEqualTo(before.digest()).hasSize(43);
        assertThat(digest.underEveryReadableKey("ssn:abc")).containsKeys("test-2", "test-1")
                .containsEntry("test-1", before.digest());
    }
}
