// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.demo;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseload.http.JdkHttpEndpoint;
import org.caseload.http.SupportEndpoint;
import org.caseload.spi.support.SupportChannel;

/**
 * The HTTP between the shelter and the vendor's desk in the demo: each side's {@link SupportEndpoint}
 * in a JDK server of its own, bound to 127.0.0.1 on a free port, and the count of the signed messages
 * each side took. Closing it stops both servers.
 */
final class LoopbackLink implements AutoCloseable {

    /** The path of the shelter's endpoint. */
    static final String SHELTER_PATH = "/" + DemoIdentity.SHELTER + "/support/messages";

    static {
        // Read when the JDK's first server starts: without it every answer waits about 40 ms (Nagle's algorithm).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer desk = bind();
    private final HttpServer shelter = bind();
    private final AtomicInteger toDesk = new AtomicInteger();
    private final AtomicInteger toShelter = new AtomicInteger();

    /** The desk's endpoint, where the shelter sends. */
    URI desk() {
        return address(desk, SupportEndpoint.DEFAULT_PATH);
    }

    /** The shelter's endpoint, where the desk sends. */
    URI shelter() {
        return address(shelter, SHELTER_PATH);
    }

    /** Serves the desk's endpoint (built with the default path). */
    void serveDesk(SupportEndpoint endpoint) {
        serve(desk, endpoint);
    }

    /** Serves the shelter's endpoint (built with {@link #SHELTER_PATH}). */
    void serveShelter(SupportEndpoint endpoint) {
        serve(shelter, endpoint);
    }

    /** The desk's receiver, counting each message it takes. */
    SupportChannel countedAtDesk(SupportChannel receiver) {
        return counting(receiver, toDesk);
    }

    /** The shelter's receiver, counting each message it takes. */
    SupportChannel countedAtShelter(SupportChannel receiver) {
        return counting(receiver, toShelter);
    }

    /** What crossed: the accepted requests each way, and where they went. */
    String summary() {
        return toDesk.get() + " signed messages to the desk at " + desk() + ", " + toShelter.get()
                + " back to the shelter at " + shelter();
    }

    @Override
    public void close() {
        desk.stop(0);
        shelter.stop(0);
    }

    private static void serve(HttpServer server, SupportEndpoint endpoint) {
        JdkHttpEndpoint.mount(server, endpoint);
        server.start();
    }

    /**
     * Counts in the receiver, which the endpoint calls before it answers: a sender holding its
     * answer finds its message counted (a count taken after the answer could lag behind it).
     */
    private static SupportChannel counting(SupportChannel receiver, AtomicInteger taken) {
        return message -> {
            receiver.send(message);
            taken.incrementAndGet();
        };
    }

    private static URI address(HttpServer server, String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static HttpServer bind() {
        try {
            return HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1", e);
        }
    }
}
