// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal.tickets;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.caseload.ticketing.Screenshot;
import org.caseload.web.internal.FormErrors;

/**
 * The ticket form's screenshot as the browser sends it: a {@code data:} URL of a PNG, JPEG or
 * WebP image that the page captured with html2canvas. Only the shape is checked here; the
 * ticketing module decides from the bytes whether it is an image and small enough, and re-encodes
 * it before storing it (docs/security.md "Screenshots").
 */
final class ScreenshotField {

    /** The form field, also the id of the message beside the preview. */
    static final String FIELD = "screenshot";

    private static final Pattern DATA_URL = Pattern.compile("data:image/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+");

    private ScreenshotField() {
    }

    /**
     * The screenshot sent with the form, if any.
     *
     * @param value     the field as sent; blank when the user sent none or removed it
     * @param maxBytes  the ticketing's limit, checked on the text's length before decoding
     * @param errors    where a message goes when the value is not an image's data URL
     */
    static Optional<Screenshot> read(String value, long maxBytes, FormErrors errors) {
        String text = value.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.length() / 4L * 3L > maxBytes + 3L) {
            errors.add(FIELD, "The screenshot is too large: at most " + maxBytes / (1024 * 1024) + " MiB.");
            return Optional.empty();
        }
        if (!DATA_URL.matcher(text).matches()) {
            errors.add(FIELD, "The screenshot is not a PNG, JPEG or WebP image; remove it and send the form again.");
            return Optional.empty();
        }
        try {
            return Optional.of(Screenshot.of(Base64.getDecoder().decode(text.substring(text.indexOf(',') + 1))));
        } catch (IllegalArgumentException notBase64) {
            errors.add(FIELD, "The screenshot could not be read; remove it and send the form again.");
            return Optional.empty();
        }
    }

    /** The screenshot as a {@code data:} URL an {@code img} shows (the CSP allows {@code data:} images). */
    static String dataUrl(Screenshot screenshot) {
        String type = screenshot.type().map(found -> found.mediaType()).orElse("image/png");
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(screenshot.content());
    }
}
