// SPDX-License-Identifier: Apache-2.0
package org.caseload.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseload.http.internal.Signatures;
import org.caseload.spi.support.SupportMessage;
import org.caseload.testing.TestClock;
import org.junit.jupiter.api.Test;

/** The test vectors of docs/wire/README.md, read from the page and replayed byte for byte. */
class SignatureVectorsTest {

    static final Path WIRE = Path.of("..", "docs", "wire");

    /** Every {@code ```vector} block of the page, as its fields. */
    static List<Map<String, String>> vectors() throws IOException {
        List<Map<String, String>> vectors = new ArrayList<>();
        Map<String, String> current = null;
        for (String line : Files.readAllLines(WIRE.resolve("README.md"), StandardCharsets.UTF_8)) {
            if (line.equals("```vector")) {
                current = new HashMap<>();
            } else if (current != null && line.equals("```")) {
                vectors.add(current);
                current = null;
            } else if (current != null) {
                int colon = line.indexOf(": ");
                current.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return vectors;
    }

    @Test
    void thePageHasAtLeastThreeVectorsAndEachReplaysByteForByte() throws IOException {
        List<Map<String, String>> vectors = vectors();
        assertThat(vectors).hasSizeGreaterThanOrEqualTo(3);

        for (Map<String, String> vector : vectors) {
            byte[] body = vector.get("body").getBytes(StandardCharsets.UTF_8);
            ChannelSecret secret = new ChannelSecret(vector.get("credential"), vector.get("secret"));
            String canonical = Signatures.canonical(vector.get("method"), vector.get("path"),
                    Long.parseLong(vector.get("timestamp")), vector.get("message-id"), body);

            assertThat(Signatures.digest(body)).as(vector.get("message-id")).isEqualTo(vector.get("digest"));
            assertThat(Signatures.sign(secret.key(), canonical)).as(vector.get("message-id"))
                    .isEqualTo(vector.get("signature"));
            assertThat(Signatures.verify(secret.key(), canonical, vector.get("signature"))).isTrue();
        }
    }

    @Test
    void theChannelSignsAVectorsMessageAsThePageSays() throws IOException {
        Map<String, String> vector = vectors().get(0);
        SupportMessage message = WireFormat.decode(vector.get("body").getBytes(StandardCharsets.UTF_8));

        assertThat(new String(WireFormat.encode(message), StandardCharsets.UTF_8)).isEqualTo(vector.get("body"));
        TestClock clock = TestClock.at(Instant.ofEpochSecond(Long.parseLong(vector.get("timestamp"))));
        byte[] body = WireFormat.encode(message);
        String canonical = Signatures.canonical("POST", vector.get("path"), clock.instant().getEpochSecond(),
                message.messageId(), body);
        assertThat(Signatures.sign(new ChannelSecret(vector.get("credential"), vector.get("secret")).key(),
                canonical)).isEqualTo(vector.get("signature"));
    }
}
