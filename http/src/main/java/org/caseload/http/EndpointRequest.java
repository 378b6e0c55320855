// SPDX-License-Identifier: Apache-2.0
package org.caseload.http;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request as a {@link SupportEndpoint} reads it, whatever server received it.
 *
 * @param method  the request method, such as {@code POST}
 * @param path    the request's path as sent, without the query: what the sender signed
 * @param headers the headers, by name (compared without case), each with its values
 * @param body    the body's bytes
 */
public record EndpointRequest(String method, String path, Map<String, List<String>> headers, byte[] body) {

    public EndpointRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
        Objects.requireNonNull(body, "body");
    }

    /** The first value of the header, its name compared without case. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey() != null && entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream())
                .findFirst();
    }

    @Override
    public String toString() {
        return "EndpointRequest[" + method + " " + path + ", " + body.length + " bytes]";
    }
}
