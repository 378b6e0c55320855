// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's routes: a method, a path pattern whose {@code {name}} segments are read with
 * {@link WebRequest#path(String)}, and a handler. Page modules add theirs in
 * {@link PageModule#routes(Routes)}. A route with fewer {@code {name}} segments wins over one with
 * more ({@code /clients/new} over {@code /clients/{id}}); among equals, the first added.
 */
public final class Routes {

    private static final Pattern SEGMENT = Pattern.compile("\\{([a-zA-Z]+)}");

    private final List<Route> routes = new ArrayList<>();
    private final List<NavLink> navigation = new ArrayList<>();

    /** Adds a GET route. */
    public Routes get(String pattern, Handler handler) {
        return add(Route.of("GET", pattern, handler));
    }

    /** Adds a POST route; the CSRF check runs before its handler. */
    public Routes post(String pattern, Handler handler) {
        return add(Route.of("POST", pattern, handler));
    }

    private Routes add(Route route) {
        routes.add(route);
        // A stable sort: literal segments first, the order added among equals.
        routes.sort(Comparator.comparingInt(added -> added.names().size()));
        return this;
    }

    /**
     * Adds a link to the main navigation, shown to users who hold the permission.
     *
     * @param permission a permission key, or null for every signed-in user
     */
    public Routes nav(String label, String href, String permission) {
        navigation.add(new NavLink(label, href, permission));
        return this;
    }

    List<NavLink> navigation() {
        return List.copyOf(navigation);
    }

    /** The route for this method and path with its path parameters, if one matches. */
    Optional<Match> find(String method, String path) {
        boolean pathKnown = false;
        for (Route route : routes) {
            Matcher matcher = route.regex().matcher(path);
            if (matcher.matches()) {
                pathKnown = true;
                if (route.method().equals(method)) {
                    Map<String, String> values = new java.util.HashMap<>();
                    for (int i = 0; i < route.names().size(); i++) {
                        values.put(route.names().get(i), matcher.group(i + 1));
                    }
                    return Optional.of(new Match(route.handler(), Map.copyOf(values), true));
                }
            }
        }
        return pathKnown ? Optional.of(new Match(null, Map.of(), false)) : Optional.empty();
    }

    /** A route that matched a path: its handler (null when only another method matched). */
    record Match(Handler handler, Map<String, String> pathValues, boolean methodAllowed) {
    }

    /** A link of the main navigation. */
    public record NavLink(String label, String href, String permission) {
    }

    private record Route(String method, Pattern regex, List<String> names, Handler handler) {
        static Route of(String method, String pattern, Handler handler) {
            List<String> names = new ArrayList<>();
            Matcher segment = SEGMENT.matcher(pattern);
            StringBuilder regex = new StringBuilder();
            int last = 0;
            while (segment.find()) {
                regex.append(Pattern.quote(pattern.substring(last, segment.start()))).append("([^/]+)");
                names.add(segment.group(1));
                last = segment.end();
            }
            regex.append(Pattern.quote(pattern.substring(last)));
            return new Route(method, Pattern.compile(regex.toString()), List.copyOf(names), handler);
        }
    }
}
