// SPDX-License-Identifier: Apache-2.0
package org.caseload.http;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.caseload.spi.error.ConfigurationException;

/**
 * Mounts a {@link SupportEndpoint} in the JDK's built-in {@link HttpServer} (or its
 * {@code HttpsServer}, for TLS). Start the JVM with {@code -Dsun.net.httpserver.nodelay=true}:
 * without it the JDK's server leaves Nagle's algorithm on and adds about 40 ms to every answer.
 *
 * <pre>{@code
 * HttpServer server = HttpServer.create(new InetSocketAddress(8443), 0);
 * JdkHttpEndpoint.mount(server, endpoint);
 * server.start();
 * }</pre>
 */
public final class JdkHttpEndpoint implements HttpHandler {

    private final SupportEndpoint endpoint;

    private JdkHttpEndpoint(SupportEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /**
     * The endpoint as a handler, to mount where the host chooses.
     *
     * @throws ConfigurationException when null
     */
    public static JdkHttpEndpoint of(SupportEndpoint endpoint) {
        if (endpoint == null) {
            throw new ConfigurationException("endpoint must not be null");
        }
        return new JdkHttpEndpoint(endpoint);
    }

    /**
     * Mounts the endpoint at its path in the server.
     *
     * @return the server's context for it
     * @throws ConfigurationException when an argument is null
     */
    public static HttpContext mount(HttpServer server, SupportEndpoint endpoint) {
        if (server == null) {
            throw new ConfigurationException("server must not be null");
        }
        JdkHttpEndpoint handler = of(endpoint);
        return server.createContext(handler.endpoint.path(), handler);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            String length = exchange.getRequestHeaders().getFirst("Content-Length");
            long declared = -1;
            if (length != null) {
                try {
                    declared = Long.parseLong(length.trim());
                } catch (NumberFormatException ignored) {
                    declared = -1;
                }
            }
            EndpointResponse response = endpoint.handle(exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), exchange.getRequestHeaders(), declared, body);
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
            exchange.sendResponseHeaders(response.status(), response.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        }
    }
}
