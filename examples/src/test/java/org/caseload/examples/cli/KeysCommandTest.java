// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.caseload.spi.security.KeyPurpose;
import org.junit.jupiter.api.Test;

/** {@code keys generate}: a fresh key line for each purpose, in the form the keys file reads. */
class KeysCommandTest {

    @Test
    void printsOneFreshKeyLineForEachPurposeThatTheKeysFileReads() {
        List<String> first = generate();
        List<String> second = generate();

        assertThat(first).hasSize(KeyPurpose.values().length);
        assertThat(first).extracting(line -> line.substring(0, line.indexOf('='))).containsExactly(
                "CASELOAD_KEY_FIELD_ENCRYPTION", "CASELOAD_KEY_MATCH_KEY_DIGEST", "CASELOAD_KEY_CHANNEL_SECRET_ENCRYPTION");
        KeyRing keys = KeyRing.fromLines("generated", first);
        for (KeyPurpose purpose : KeyPurpose.values()) {
            assertThat(keys.current(purpose).id()).matches("k\\d{8}-[0-9a-f]{6}");
            assertThat(keys.current(purpose).material()).hasSize(32);
        }
        assertThat(keys.current(KeyPurpose.FIELD_ENCRYPTION).material())
                .isNotEqualTo(keys.current(KeyPurpose.MATCH_KEY_DIGEST).material());
        KeyRing again = KeyRing.fromLines("generated", second);
        assertThat(Arrays.equals(keys.current(KeyPurpose.FIELD_ENCRYPTION).material(),
                again.current(KeyPurpose.FIELD_ENCRYPTION).material())).isFalse();
        assertThat(Base64.getDecoder().decode(first.get(0).substring(first.get(0).lastIndexOf(':') + 1))).hasSize(32);
    }

    @Test
    void aUrlSafeKeyIsReadToo() {
        byte[] material = new byte[32];
        Arrays.fill(material, (byte) 0xFB);
        String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(material);
        String line = "=k1:" + urlSafe;

        KeyRing keys = KeyRing.fromLines("keys", List.of("FIELD_ENCRYPTION" + line, "MATCH_KEY_DIGEST" + line,
                "CHANNEL_SECRET_ENCRYPTION" + line));

        assertThat(keys.current(KeyPurpose.FIELD_ENCRYPTION).material()).isEqualTo(material);
    }

    private static List<String> generate() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CaseloadCli.run(new String[] {"keys", "generate"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
