// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.caseload.spi.identity.Principal;

/**
 * Sign-in and sign-out. In demo mode the sign-in page lists the demo users as buttons (a POST
 * with the CSRF token, no password); otherwise the host signs users in before the pages.
 */
final class SignInPages implements PageModule {

    private final SignIn signIn;

    SignInPages(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/sign-in", request -> Reply.view("sign-in.jte", "sign-in", "Sign in to Caseload")
                .with("demo", signIn.demo()).with("users", signIn.demoUsers()))
                .post("/sign-in", this::signInDemoUser)
                .post("/sign-out", this::signOut);
    }

    private Reply signInDemoUser(WebRequest request) {
        Optional<Principal> user = signIn.demo() ? signIn.demoUser(request.param("user")) : Optional.empty();
        if (user.isEmpty()) {
            return Reply.view("sign-in.jte", "sign-in", "Sign in to Caseload")
                    .with("demo", signIn.demo()).with("users", signIn.demoUsers()).status(400);
        }
        HttpServletRequest servlet = request.servletRequest();
        servlet.getSession(true);
        // A new session id at sign-in, so that an id planted before it is worth nothing after.
        servlet.changeSessionId();
        servlet.getSession().setAttribute(PageServlet.USER_ATTRIBUTE, user.get().userId());
        return Reply.redirect("/");
    }

    private Reply signOut(WebRequest request) {
        HttpSession session = request.servletRequest().getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Reply.redirect(signIn.demo() ? "/sign-in" : "/");
    }
}
