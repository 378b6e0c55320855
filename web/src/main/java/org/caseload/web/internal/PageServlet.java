// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.identity.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves every page: finds the route, binds the signed-in user for the library, checks the CSRF
 * token of a POST, runs the handler and renders its page in the layout. A failure becomes a
 * friendly error page that shows no internals; an unexpected one is logged with a reference the
 * page shows, so that a report can be matched to the log.
 */
public final class PageServlet extends HttpServlet {

    /** The session attribute holding the signed-in demo user's id. */
    static final String USER_ATTRIBUTE = "caseload.user";
    private static final Logger LOG = LoggerFactory.getLogger(PageServlet.class);
    private static final long serialVersionUID = 1L;

    private final transient Routes routes;
    private final transient SignIn signIn;
    private final transient ChromeFactory chromes;
    private final transient Templates templates = new Templates();

    /** Serves the routes of these page modules. */
    public PageServlet(List<PageModule> modules, SignIn signIn, ChromeFactory chromes) {
        this.routes = new Routes();
        modules.forEach(module -> module.routes(routes));
        this.signIn = signIn;
        this.chromes = chromes.withNavigation(routes.navigation());
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        Principal user = currentUser(request).orElse(null);
        signIn.bind(user);
        try {
            respond(request, response, path, user);
        } catch (AccessDeniedException denied) {
            errorPage(request, response, user, 403, "You do not have access to this page or action.");
        } catch (NotFoundException missing) {
            errorPage(request, response, user, 404, "This page or record does not exist, or you may not see it.");
        } catch (ValidationException invalid) {
            errorPage(request, response, user, 400, "The request could not be accepted. Go back and check the form.");
        } catch (ConcurrentModificationException changed) {
            errorPage(request, response, user, 409, "Someone changed this record while you were on the page. "
                    + "Go back, reload the page and try again.");
        } catch (InvalidTransitionException notNow) {
            errorPage(request, response, user, 409, "This cannot be done in the record's present state: "
                    + "it may have been done already. Go back and reload the page.");
        } catch (RuntimeException | ServletLevelFailure failure) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("page {} {} failed (reference {})", request.getMethod(), path, reference, failure);
            errorPage(request, response, user, 500, "Something went wrong on our side. If it happens again, "
                    + "report it with the reference " + reference + ".");
        } finally {
            signIn.bind(null);
        }
    }

    private void respond(HttpServletRequest request, HttpServletResponse response, String path, Principal user)
            throws IOException, ServletLevelFailure {
        if ("POST".equals(request.getMethod()) && !CsrfCheck.passes(request)) {
            errorPage(request, response, user, 403, "This form has expired or did not come from this site. "
                    + "Go back, reload the page and send it again.");
            return;
        }
        Optional<Routes.Match> match = routes.find(request.getMethod(), path);
        if (match.isEmpty()) {
            errorPage(request, response, user, 404, "This page does not exist.");
            return;
        }
        if (!match.get().methodAllowed()) {
            errorPage(request, response, user, 405, "This page cannot be used that way.");
            return;
        }
        if (user == null && !path.startsWith("/sign-in")) {
            if (signIn.demo()) {
                write(response, new Reply.Redirect("/sign-in"), request, null);
            } else {
                errorPage(request, response, null, 401, "You are not signed in. Sign in through your organization.");
            }
            return;
        }
        Reply reply;
        try {
            reply = match.get().handler().handle(new WebRequest(request, user, match.get().pathValues()));
        } catch (RuntimeException | IOException passOn) {
            throw passOn;
        } catch (Exception other) {
            throw new ServletLevelFailure(other);
        }
        write(response, reply, request, user);
    }

    private Optional<Principal> currentUser(HttpServletRequest request) {
        if (!signIn.demo()) {
            return signIn.hostUser();
        }
        HttpSession session = request.getSession(false);
        Object userId = session == null ? null : session.getAttribute(USER_ATTRIBUTE);
        return userId instanceof String id ? signIn.demoUser(id) : Optional.empty();
    }

    private void write(HttpServletResponse response, Reply reply, HttpServletRequest request, Principal user)
            throws IOException {
        if (reply instanceof Reply.Redirect redirect) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", redirect.location());
            return;
        }
        Reply.View view = (Reply.View) reply;
        Map<String, Object> parameters = new HashMap<>(view.model());
        parameters.put("chrome", chromes.chrome(view.title(), view.screenId(), user, CsrfCheck.token(request),
                new WebRequest(request, user, Map.of())));
        String page = templates.render(view.template(), parameters);
        response.setStatus(view.status());
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }

    private void errorPage(HttpServletRequest request, HttpServletResponse response, Principal user, int status,
                           String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        Reply.View view = Reply.view("error.jte", "error", ErrorTitles.of(status))
                .with("message", message).status(status);
        try {
            write(response, view, request, user);
        } catch (RuntimeException failure) {
            LOG.error("the error page failed", failure);
            response.setStatus(status);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A handler's checked exception other than an I/O one. */
    private static final class ServletLevelFailure extends Exception {
        private static final long serialVersionUID = 1L;

        ServletLevelFailure(Exception cause) {
            super(cause);
        }
    }
}
