// SPDX-License-Identifier: Apache-2.0
package org.caseload.web;

import java.net.URI;
import java.util.UUID;
import org.caseload.core.forms.JsonForms;
import org.caseload.help.HelpContent;
import org.caseload.jdbc.JdbcStorage;

/**
 * The demo site on a fresh in-memory H2 database, served on a free port of 127.0.0.1, as
 * {@code caseload serve --demo} runs it. The demo bundles come from the examples' resources
 * (copied to the test classes by the build).
 */
public final class DemoServer implements AutoCloseable {

    private final JdbcStorage storage;
    private final DemoSite site;
    private final WebHost web;

    private DemoServer() {
        storage = JdbcStorage.inMemory("web-" + UUID.randomUUID());
        site = DemoSite.open(storage, HelpContent.fromClasspath("demo-help"), JsonForms.fromClasspath("demo-forms"));
        web = site.web().address("127.0.0.1", 0).build();
        web.start();
    }

    /** Starts a demo server. */
    public static DemoServer start() {
        return new DemoServer();
    }

    /** The address of a path of the site, such as {@code /clients}. */
    public URI uri(String path) {
        return web.uri().resolve(path);
    }

    /** The site's library and services. */
    public DemoSite site() {
        return site;
    }

    /** Closes the database under the running site, as a database that goes away would. */
    public void loseTheDatabase() {
        storage.close();
    }

    @Override
    public void close() {
        web.close();
        site.close();
        storage.close();
    }
}
