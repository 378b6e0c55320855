// SPDX-License-Identifier: Apache-2.0
package org.caseload.servlet;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseload.http.EndpointResponse;
import org.caseload.http.SupportEndpoint;
import org.caseload.spi.error.ConfigurationException;

/**
 * A {@link SupportEndpoint} as a servlet. Map it at the endpoint's path; the path the endpoint
 * checks (and the sender signed) is the whole request URI, the context path included, so build the
 * endpoint with {@code .path(contextPath + mapping)}.
 *
 * <pre>{@code
 * context.addServlet(new ServletHolder(new SupportEndpointServlet(endpoint)), "/caseload/support/messages");
 * }</pre>
 *
 * Every method goes to the endpoint, which answers anything but {@code POST} with 405.
 */
public class SupportEndpointServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient SupportEndpoint endpoint;

    /**
     * @param endpoint the side's endpoint
     * @throws ConfigurationException when null
     */
    public SupportEndpointServlet(SupportEndpoint endpoint) {
        if (endpoint == null) {
            throw new ConfigurationException("endpoint must not be null");
        }
        this.endpoint = endpoint;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        EndpointResponse answer;
        try (InputStream body = request.getInputStream()) {
            answer = endpoint.handle(request.getMethod(), request.getRequestURI(), headers,
                    request.getContentLengthLong(), body);
        }
        response.setStatus(answer.status());
        response.setContentType(answer.contentType());
        response.setContentLength(answer.body().length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(answer.body());
        }
    }
}
