// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.caseload.help.Platform;
import org.caseload.spi.identity.Principal;

/**
 * One request as a handler sees it: the signed-in user, the path's values and the form's fields.
 * Field values come as sent; {@link FormErrors} checks them before they reach the library.
 */
public final class WebRequest {

    private final HttpServletRequest request;
    private final Principal user;
    private final Map<String, String> pathValues;

    WebRequest(HttpServletRequest request, Principal user, Map<String, String> pathValues) {
        this.request = request;
        this.user = user;
        this.pathValues = pathValues;
    }

    /** The signed-in user; null on the pages that need nobody signed in (sign-in, errors). */
    public Principal user() {
        return user;
    }

    /** Whether the signed-in user holds this permission key. */
    public boolean can(String permission) {
        return user != null && user.hasPermission(permission);
    }

    /** A {@code {name}} segment of the route's pattern. */
    public String path(String name) {
        String value = pathValues.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the route has no segment " + name);
        }
        return value;
    }

    /** A query or form field, or "" when it was not sent. */
    public String param(String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }

    /** A query or form field, empty when it was not sent or is blank. */
    public Optional<String> optional(String name) {
        String value = param(name).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** Every value of a repeated field (check boxes, multiple choice), in the order sent. */
    public List<String> params(String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : Arrays.asList(values);
    }

    /** The user's operating system, from the browser's user agent, which labels the keyboard shortcuts. */
    public Platform platform() {
        String agent = Optional.ofNullable(request.getHeader("User-Agent")).orElse("").toLowerCase(Locale.ROOT);
        if (agent.contains("mac os") || agent.contains("macintosh")) {
            return Platform.MAC_OS;
        }
        return agent.contains("windows") ? Platform.WINDOWS : Platform.LINUX;
    }

    /** A request header, or "" when it was not sent. */
    public String header(String name) {
        String value = request.getHeader(name);
        return value == null ? "" : value;
    }

    /** The request's path, such as {@code /clients/c-1}. */
    public String uri() {
        return request.getRequestURI();
    }

    HttpServletRequest servletRequest() {
        return request;
    }
}
