// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The server's own errors, those that never reach a page (a malformed request, a static file that
 * is missing): a short page in plain words, with the security headers and no server details.
 */
public final class QuietErrorHandler extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() >= 400 ? response.getStatus() : 500;
        String title = ErrorTitles.of(status);
        String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title><link rel=\"icon\" href=\"/static/favicon.svg\"><link rel=\"stylesheet\" href=\"/static/caseload.css\"></head><body><main>"
                + "<h1>" + title + "</h1><p><a href=\"/\">Go to the start page</a></p></main></body></html>";
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=UTF-8");
        response.getHeaders().put("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.write(true, ByteBuffer.wrap(page.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
