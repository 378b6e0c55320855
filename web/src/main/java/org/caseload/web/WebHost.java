// SPDX-License-Identifier: Apache-2.0
package org.caseload.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.caseload.core.Caseload;
import org.caseload.help.HelpService;
import org.caseload.spi.forms.FormProvider;
import org.caseload.spi.identity.Principal;
import org.caseload.ticketing.Ticketing;
import org.caseload.ticketing.desk.SupportDesk;
import org.caseload.web.internal.ChromeFactory;
import org.caseload.web.internal.PageModules;
import org.caseload.web.internal.PageServlet;
import org.caseload.web.internal.QuietErrorHandler;
import org.caseload.web.internal.SecurityHeaders;
import org.caseload.web.internal.Services;
import org.caseload.web.internal.SignIn;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ResourceServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * The reference web host: Caseload's pages in an embedded Jetty, on one address. Build it with
 * the library's services, built with the same {@link WebIdentity}, then {@link #start()} it;
 * {@link #close()} stops it.
 *
 * <pre>{@code
 * WebIdentity identity = WebIdentity.fromHost(myProvider);
 * Caseload caseload = Caseload.builder().identity(identity)...build();
 * try (WebHost web = WebHost.builder(caseload, help).ticketing(ticketing).identity(identity)
 *         .address("127.0.0.1", 8080).build()) {
 *     web.start();
 *     ...
 * }
 * }</pre>
 */
public final class WebHost implements AutoCloseable {

    private static final int MAX_FORM_BYTES = 16 * 1024 * 1024;

    private final Server server;
    private final List<Consumer<URI>> startListeners;
    private final ServerConnector connector;
    private final String host;

    private WebHost(Builder builder) {
        server = new Server();
        startListeners = List.copyOf(builder.startListeners);
        HttpConfiguration http = new HttpConfiguration();
        // No server name or version in any response.
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // Behind a TLS-terminating proxy (the way to serve another address than loopback), the
        // proxy's X-Forwarded-Proto / Forwarded header makes the request secure, and the session
        // cookie Secure with it.
        http.addCustomizer(new ForwardedRequestCustomizer());
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        host = builder.host;
        connector.setHost(builder.host);
        connector.setPort(builder.port);
        server.addConnector(connector);
        server.setErrorHandler(new QuietErrorHandler());

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.setBaseResource(ResourceFactory.of(context).newClassLoaderResource("static/"));
        configureSessions(context.getSessionHandler());
        // A ticket's screenshot comes as a data: URL in the form: up to the ticketing's 10 MiB, in base64.
        context.setMaxFormContentSize(MAX_FORM_BYTES);
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowServlet(false);
        errors.setShowMessageInTitle(false);
        context.setErrorHandler(errors);
        context.addFilter(new FilterHolder(new SecurityHeaders()), "/*",
                EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));

        ServletHolder files = new ServletHolder("static", new ResourceServlet());
        files.setInitParameter("dirAllowed", "false");
        files.setInitParameter("pathInfoOnly", "true");
        files.setInitParameter("etags", "true");
        context.addServlet(files, "/static/*");
        builder.servlets.forEach((path, servlet) -> context.addServlet(new ServletHolder(servlet), path));

        Services services = new Services(builder.caseload, builder.ticketing, builder.help, builder.forms,
                builder.desk);
        SignIn signIn = new IdentitySignIn(builder.identity);
        context.addServlet(new ServletHolder("pages", new PageServlet(PageModules.all(services, signIn), signIn,
                new ChromeFactory(builder.help))), "/");
        server.setHandler(context);
    }

    private static void configureSessions(SessionHandler sessions) {
        sessions.setSessionCookie("CASELOAD_SESSION");
        sessions.setHttpOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.STRICT);
        // Secure on a request that came over https (directly or as a proxy in front says).
        sessions.setSecureRequestOnly(true);
        sessions.setMaxInactiveInterval(30 * 60);
    }

    /**
     * A web host over these services.
     *
     * @param caseload the library, built with the {@link WebIdentity} given to {@link Builder#identity}
     * @param help     tool tips, the Help menu, shortcuts and the knowledge base over the same library
     * @return a builder
     */
    public static Builder builder(Caseload caseload, HelpService help) {
        return new Builder(caseload, help);
    }

    /**
     * Starts serving.
     *
     * @throws IllegalStateException when the address cannot be bound or the server does not start
     */
    public void start() {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("the web host could not start on " + host + ":" + connector.getPort()
                    + ": " + e.getMessage(), e);
        }
        startListeners.forEach(listener -> listener.accept(uri()));
    }

    /** The port served, the one chosen by the system when 0 was asked. */
    public int port() {
        return connector.getLocalPort();
    }

    /** The site's address, such as {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shown + ":" + port() + "/");
    }

    /** Stops serving; waits for requests in progress. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the web host did not stop cleanly: " + e.getMessage(), e);
        }
    }

    /** Builds a {@link WebHost}. */
    public static final class Builder {
        private final Caseload caseload;
        private final HelpService help;
        private final Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        private final List<Consumer<URI>> startListeners = new ArrayList<>();
        private Ticketing ticketing;
        private SupportDesk desk;
        private FormProvider forms = FormProvider.none();
        private WebIdentity identity;
        private String host = "127.0.0.1";
        private int port = 8080;

        private Builder(Caseload caseload, HelpService help) {
            this.caseload = Objects.requireNonNull(caseload, "caseload");
            this.help = Objects.requireNonNull(help, "help");
        }

        /** The ticketing over the same library, for the support pages. */
        public Builder ticketing(Ticketing ticketing) {
            this.ticketing = Objects.requireNonNull(ticketing, "ticketing");
            return this;
        }

        /** The vendor's support desk this host serves, for the desk's pages (its agents sign in here too). */
        public Builder desk(SupportDesk supportDesk) {
            this.desk = Objects.requireNonNull(supportDesk, "supportDesk");
            return this;
        }

        /**
         * Work to do once the server listens, given the site's address: connecting a channel that
         * reaches an endpoint mounted with {@link #servlet}, for one.
         */
        public Builder onStart(Consumer<URI> listener) {
            startListeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** The organizations' custom forms: the provider the library was built with; none unless given. */
        public Builder forms(FormProvider forms) {
            this.forms = Objects.requireNonNull(forms, "forms");
            return this;
        }

        /** Who is signed in: the same identity the library was built with. Required. */
        public Builder identity(WebIdentity identity) {
            this.identity = Objects.requireNonNull(identity, "identity");
            return this;
        }

        /**
         * The address to listen on; 127.0.0.1:8080 unless told.
         *
         * @param host an interface's address or name
         * @param port 0 to 65535; 0 lets the system choose a free port ({@link WebHost#port()})
         */
        public Builder address(String host, int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port: 0 to 65535, was " + port);
            }
            this.host = Objects.requireNonNull(host, "host");
            this.port = port;
            return this;
        }

        /**
         * Mounts a servlet beside the pages, such as the vendor desk's support endpoint.
         *
         * @param pathSpec a servlet path spec, such as {@code /support/*}
         */
        public Builder servlet(String pathSpec, HttpServlet servlet) {
            servlets.put(Objects.requireNonNull(pathSpec, "pathSpec"), Objects.requireNonNull(servlet, "servlet"));
            return this;
        }

        /** The web host, not started yet. */
        public WebHost build() {
            if (identity == null) {
                throw new IllegalStateException("web host: identity(...) is required");
            }
            return new WebHost(this);
        }
    }

    /** The pages' view of a {@link WebIdentity}. */
    private record IdentitySignIn(WebIdentity identity) implements SignIn {
        @Override
        public boolean demo() {
            return identity.demo();
        }

        @Override
        public List<Principal> demoUsers() {
            return identity.users();
        }

        @Override
        public Optional<Principal> demoUser(String userId) {
            return identity.demoUser(userId);
        }

        @Override
        public Optional<Principal> hostUser() {
            return identity.currentPrincipal();
        }

        @Override
        public void bind(Principal user) {
            identity.bind(user);
        }
    }
}
