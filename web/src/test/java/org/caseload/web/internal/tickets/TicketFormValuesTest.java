// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.caseload.web.internal.FormErrors;
import org.junit.jupiter.api.Test;

/** The ticket form's values the browser sends besides the text: the screenshot and the context. */
class TicketFormValuesTest {

    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    @Test
    void aScreenshotComesAsTheDataUrlOfAnImageAndIsDecoded() {
        FormErrors errors = new FormErrors();
        String sent = "data:image/png;base64," + Base64.getEncoder().encodeToString(PNG_START);

        assertThat(ScreenshotField.read(sent, 1_000, errors)).hasValueSatisfying(shot ->
                assertThat(shot.content()).isEqualTo(PNG_START));
        assertThat(errors.isEmpty()).isTrue();
        assertThat(ScreenshotField.read("  ", 1_000, errors)).isEmpty();
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void anythingElseInTheScreenshotFieldIsRefusedBesideIt() {
        FormErrors markup = new FormErrors();
        assertThat(ScreenshotField.read("\"'><img src=x onerror=alert(1)>", 1_000, markup)).isEmpty();
        assertThat(markup.message("screenshot")).contains("not a PNG, JPEG or WebP image");

        FormErrors otherType = new FormErrors();
        assertThat(ScreenshotField.read("data:image/svg+xml;base64,PHN2Zz4=", 1_000, otherType)).isEmpty();
        assertThat(otherType.message("screenshot")).isNotNull();

        FormErrors tooLarge = new FormErrors();
        assertThat(ScreenshotField.read("data:image/png;base64," + "A".repeat(4_000), 1_000, tooLarge)).isEmpty();
        assertThat(tooLarge.message("screenshot")).startsWith("The screenshot is too large");
    }

    @Test
    void theContextKeepsOnlyAScreenIdAndAPathOfThisSite() {
        assertThat(TicketPages.screen("client.search")).isEqualTo("client.search");
        assertThat(TicketPages.screen("<script>")).isEqualTo("unknown");
        assertThat(TicketPages.pagePath("/clients/c-1")).isEqualTo("/clients/c-1");
        assertThat(TicketPages.pagePath("http://127.0.0.1:8080/clients?q=Rosa")).isEqualTo("/clients");
        assertThat(TicketPages.pagePath("//elsewhere.example/x")).isNull();
        assertThat(TicketPages.pagePath("/clients?q=Rosa")).isNull();
        assertThat(TicketPages.pagePath("javascript:alert(1)")).isNull();
    }
}
