// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What a page handler answers: a page to render, or a redirect (after a POST that worked). */
public sealed interface Reply {

    /**
     * A template to render in the layout.
     *
     * @param template the template's path under src/main/jte, such as {@code clients/search.jte}
     * @param screenId the screen id that picks the Help menu, tool tips, shortcuts and the ticket link
     * @param title    the page's h1 and title
     * @param model    the template's parameters besides {@code chrome}
     * @param status   the HTTP status
     */
    record View(String template, String screenId, String title, Map<String, Object> model, int status)
            implements Reply {
        public View {
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(screenId, "screenId");
            Objects.requireNonNull(title, "title");
            model = new LinkedHashMap<>(model);
        }

        /** This view with one more template parameter. */
        public View with(String name, Object value) {
            Map<String, Object> more = new LinkedHashMap<>(model);
            more.put(name, value);
            return new View(template, screenId, title, more, status);
        }

        /**
         * This view with another status. A form sent back with messages beside its fields answers
         * 200, as any page that shows what it should: browsers log a 4xx page as a failed load.
         */
        public View status(int newStatus) {
            return new View(template, screenId, title, model, newStatus);
        }
    }

    /**
     * A 303 See Other to a page of this site.
     *
     * @param location an absolute path, such as {@code /clients/c-1}
     */
    record Redirect(String location) implements Reply {
        public Redirect {
            if (!location.startsWith("/") || location.startsWith("//")) {
                throw new IllegalArgumentException("redirect: not a path of this site");
            }
        }
    }

    /** A page of the given template, screen and title, status 200. */
    static View view(String template, String screenId, String title) {
        return new View(template, screenId, title, Map.of(), 200);
    }

    /** A redirect to a path of this site. */
    static Redirect redirect(String location) {
        return new Redirect(location);
    }
}
