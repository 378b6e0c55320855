// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers of every response, pages and static files alike: a Content-Security-Policy that runs
 * only this site's script and style files (no inline script or style, no eval), frames nobody,
 * and posts forms only here; no MIME sniffing; no referrer beyond this site; and no caching of
 * pages that show clients' data.
 */
public final class SecurityHeaders implements Filter {

    /**
     * The one inline style allowed, by its hash: the fixed rule html2canvas writes into its copy of
     * the page to hide pseudo-elements while it takes a ticket's screenshot (docs/decisions/0145).
     */
    static final String HTML2CANVAS_STYLE_HASH = "'sha256-UP0QZg7irvSMvOBz9mH2PIIE28+57UiavRfeVea0l3g='";

    /** The policy; {@code img-src data: blob:} lets the ticket form preview its captured screenshot. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' "
            + HTML2CANVAS_STYLE_HASH + "; "
            + "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setHeader("X-Frame-Options", "DENY");
        http.setHeader("Referrer-Policy", "same-origin");
        http.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        http.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        http.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }
}
