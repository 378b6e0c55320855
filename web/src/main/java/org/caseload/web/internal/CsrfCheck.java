// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The synchronizer token: one random token per session, sent by every form in a hidden field and
 * compared in constant time before any POST handler runs. SameSite=Strict cookies already stop most
 * cross-site posts; the token also covers browsers and proxies that do not honour it.
 */
final class CsrfCheck {

    /** The hidden field of every form. */
    static final String FIELD = "_csrf";
    private static final String ATTRIBUTE = "caseload.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfCheck() {
    }

    /** The session's token, made with the session when it has none. */
    static String token(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        Object token = session.getAttribute(ATTRIBUTE);
        if (token instanceof String existing) {
            return existing;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(ATTRIBUTE, fresh);
        return fresh;
    }

    /** Whether the request carries its session's token. */
    static boolean passes(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof String expected)) {
            return false;
        }
        String sent = request.getParameter(FIELD);
        return sent != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                sent.getBytes(StandardCharsets.US_ASCII));
    }
}
