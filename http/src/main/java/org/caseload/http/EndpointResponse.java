// SPDX-License-Identifier: Apache-2.0
package org.caseload.http;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What a {@link SupportEndpoint} answers: a status and a JSON body, an acknowledgement or an error
 * {@code {"code", "message"}}.
 *
 * @param status      the HTTP status
 * @param contentType the body's media type
 * @param body        the body's bytes
 */
public record EndpointResponse(int status, String contentType, byte[] body) {

    /** The media type of every body: JSON in UTF-8. */
    public static final String JSON = "application/json";

    public EndpointResponse {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }

    /** The body as text. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "EndpointResponse[" + status + ", " + text() + "]";
    }
}
