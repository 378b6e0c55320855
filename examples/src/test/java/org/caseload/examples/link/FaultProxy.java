// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.link;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP/1.1 proxy on loopback that stands between two parties and misbehaves on purpose: each
 * request meets one fault with the probability given for it, or passes through. It answers every
 * request on a connection of its own ({@code Connection: close}), so a fault never outlives its
 * request, and it counts what it did.
 *
 * <p>The faults are those of a real network between an organization and its vendor: a request
 * lost before it arrives, one that arrives twice (the copy later, after others), one held back so
 * that later ones overtake it, a slow one, a connection reset after the other side acted (the
 * sender cannot know it did), and the other side's 500 and 429 answers.
 */
public final class FaultProxy implements AutoCloseable {

    /** What the proxy does to one request. */
    public enum Fault {
        /** Never forwarded; the connection is closed without an answer. */
        DROP,
        /** Forwarded, answered, and forwarded again later, after other requests. */
        DUPLICATE,
        /** Held back before forwarding, so that requests sent after it arrive first. */
        REORDER,
        /** Forwarded after a pause. */
        DELAY,
        /** Forwarded, then the connection is reset instead of answered. */
        RESET,
        /** Answered 500 without forwarding. */
        SERVER_ERROR,
        /** Answered 429 without forwarding. */
        TOO_MANY_REQUESTS
    }

    private static final Set<String> HEADERS_THE_CLIENT_SETS =
            Set.of("connection", "content-length", "expect", "host", "upgrade", "keep-alive", "transfer-encoding");
    private static final int MAX_HEAD_BYTES = 64 * 1024;
    private static final Pattern ERROR_CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z_]+)\"");

    private final URI target;
    private final Map<Fault, Double> rates;
    private final SplittableRandom random;
    private final ServerSocket server;
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fault-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Fault, AtomicLong> injected = new EnumMap<>(Fault.class);
    private final AtomicLong requests = new AtomicLong();
    private final Map<String, AtomicLong> answers = new ConcurrentHashMap<>();

    private FaultProxy(URI target, Map<Fault, Double> rates, long seed) throws IOException {
        this.target = target;
        this.rates = new EnumMap<>(Fault.class);
        this.rates.putAll(rates);
        this.random = new SplittableRandom(seed);
        for (Fault fault : Fault.values()) {
            injected.put(fault, new AtomicLong());
        }
        double total = rates.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total > 1.0) {
            throw new IllegalArgumentException("fault rates add up to " + total + ", more than 1");
        }
        server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        workers.execute(this::acceptLoop);
    }

    /** A proxy in front of {@code target} (scheme, host and port; paths pass through as they come). */
    public static FaultProxy start(URI target, Map<Fault, Double> rates, long seed) throws IOException {
        return new FaultProxy(target, rates, seed);
    }

    /** A proxy that injects every fault with the same probability. */
    public static FaultProxy everyFault(URI target, double ratePerFault, long seed) throws IOException {
        Map<Fault, Double> rates = new EnumMap<>(Fault.class);
        for (Fault fault : Fault.values()) {
            rates.put(fault, ratePerFault);
        }
        return start(target, rates, seed);
    }

    /** Where to send requests instead of the target. */
    public URI address() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** Requests received so far. */
    public long requests() {
        return requests.get();
    }

    /** How often each fault was injected so far. */
    public Map<Fault, Long> injected() {
        Map<Fault, Long> counts = new EnumMap<>(Fault.class);
        injected.forEach((fault, count) -> counts.put(fault, count.get()));
        return counts;
    }

    /**
     * How the target answered the requests forwarded to it (copies included), by status and, for an
     * error, its code: {@code "200"}, {@code "401 REPLAYED"}.
     */
    public Map<String, Long> answers() {
        Map<String, Long> counts = new TreeMap<>();
        answers.forEach((answer, count) -> counts.put(answer, count.get()));
        return counts;
    }

    /** One line for a test's report: requests, each fault's count, and the target's answers. */
    public String report() {
        return requests() + " requests, faults " + injected().toString().toLowerCase(Locale.ROOT)
                + ", answers " + answers();
    }

    @Override
    public void close() throws IOException {
        server.close();
        workers.shutdownNow();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                workers.execute(() -> handle(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void handle(Socket socket) {
        try (socket) {
            Request request = Request.read(new BufferedInputStream(socket.getInputStream()));
            requests.incrementAndGet();
            Fault fault = draw();
            if (fault != null) {
                injected.get(fault).incrementAndGet();
            }
            OutputStream out = socket.getOutputStream();
            if (fault == null) {
                answer(out, forward(request));
                return;
            }
            switch (fault) {
                case DROP -> abort(socket);
                case DUPLICATE -> {
                    answer(out, forward(request));
                    workers.execute(() -> forwardLater(request));
                }
                case REORDER -> {
                    pause(100, 400);
                    answer(out, forward(request));
                }
                case DELAY -> {
                    pause(5, 60);
                    answer(out, forward(request));
                }
                case RESET -> {
                    forward(request);
                    abort(socket);
                }
                case SERVER_ERROR -> answer(out, Response.plain(500, "injected server error"));
                case TOO_MANY_REQUESTS -> answer(out, Response.plain(429, "injected rate limit"));
                default -> throw new IllegalStateException("unhandled fault " + fault);
            }
        } catch (IOException | InterruptedException | RuntimeException lost) {
            // The sender sees a broken connection, which is what a real network would show it.
        }
    }

    private Fault draw() {
        double roll;
        synchronized (random) {
            roll = random.nextDouble();
        }
        double edge = 0;
        for (Map.Entry<Fault, Double> rate : rates.entrySet()) {
            edge += rate.getValue();
            if (roll < edge) {
                return rate.getKey();
            }
        }
        return null;
    }

    private void pause(int minMillis, int maxMillis) throws InterruptedException {
        int millis;
        synchronized (random) {
            millis = random.nextInt(minMillis, maxMillis + 1);
        }
        Thread.sleep(millis);
    }

    private void forwardLater(Request request) {
        try {
            pause(200, 1_000);
            forward(request);
        } catch (IOException | InterruptedException | RuntimeException ignored) {
            // A late copy that fails is a copy that never arrived.
        }
    }

    private Response forward(Request request) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(target.resolve(request.path()))
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
        for (String[] header : request.headers()) {
            if (!HEADERS_THE_CLIENT_SETS.contains(header[0].toLowerCase(Locale.ROOT))) {
                builder.header(header[0], header[1]);
            }
        }
        HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        count(response.statusCode(), response.body());
        List<String[]> headers = new ArrayList<>();
        response.headers().map().forEach((name, values) -> {
            if (!HEADERS_THE_CLIENT_SETS.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                values.forEach(value -> headers.add(new String[] {name, value}));
            }
        });
        return new Response(response.statusCode(), headers, response.body());
    }

    private void count(int status, byte[] body) {
        String answer = Integer.toString(status);
        Matcher code = ERROR_CODE.matcher(new String(body, StandardCharsets.UTF_8));
        if (status >= 400 && code.find()) {
            answer += " " + code.group(1);
        }
        answers.computeIfAbsent(answer, any -> new AtomicLong()).incrementAndGet();
    }

    private static void abort(Socket socket) throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    private static void answer(OutputStream out, Response response) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(response.status()).append(" X\r\n");
        for (String[] header : response.headers()) {
            head.append(header[0]).append(": ").append(header[1]).append("\r\n");
        }
        head.append("Content-Length: ").append(response.body().length).append("\r\n");
        head.append("Connection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(response.body());
        out.flush();
    }

    private record Request(String method, String path, List<String[]> headers, byte[] body) {

        static Request read(InputStream in) throws IOException {
            String[] requestLine = readLine(in).split(" ");
            if (requestLine.length != 3) {
                throw new IOException("not an HTTP request line");
            }
            List<String[]> headers = new ArrayList<>();
            int contentLength = 0;
            int headBytes = 0;
            for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
                headBytes += line.length();
                if (headBytes > MAX_HEAD_BYTES) {
                    throw new IOException("request head too large");
                }
                int colon = line.indexOf(':');
                String name = line.substring(0, colon).trim();
                String value = line.substring(colon + 1).trim();
                headers.add(new String[] {name, value});
                if (name.equalsIgnoreCase("content-length")) {
                    contentLength = Integer.parseInt(value);
                }
            }
            byte[] body = in.readNBytes(contentLength);
            if (body.length != contentLength) {
                throw new IOException("request body cut short");
            }
            return new Request(requestLine[0], requestLine[1], headers, body);
        }

        private static String readLine(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("connection closed inside a request head");
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private record Response(int status, List<String[]> headers, byte[] body) {

        static Response plain(int status, String text) {
            List<String[]> headers = new ArrayList<>();
            headers.add(new String[] {"Content-Type", "text/plain; charset=utf-8"});
            return new Response(status, headers, text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
