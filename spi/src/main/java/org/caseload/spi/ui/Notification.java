// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.ui;

import java.util.Objects;

/**
 * A message for one or more users. Subject and body never contain client personal data.
 *
 * @param id        a stable id, the same on every delivery attempt; required
 * @param recipient who should receive it; required
 * @param subject   a one-line summary; required
 * @param body      the text; required
 * @param link      what it is about (for example {@code ticket:<id>}), for the host to link; may be null
 */
public record Notification(String id, Recipient recipient, String subject, String body, String link) {
    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
