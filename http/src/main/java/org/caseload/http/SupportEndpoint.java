// SPDX-License-Identifier: Apache-2.0
package org.caseload.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseload.core.Caseload;
import org.caseload.core.internal.Kernel;
import org.caseload.core.internal.KernelAccess;
import org.caseload.http.internal.ChannelKeys;
import org.caseload.http.internal.ReplayGuard;
import org.caseload.http.internal.Signatures;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.CaseloadException;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.error.HostPartException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.support.PermanentDeliveryException;
import org.caseload.spi.support.SupportChannel;
import org.caseload.spi.support.SupportMessage;

/**
 * Receives the other side's signed messages over HTTP, framework-neutral: an
 * {@link EndpointRequest} in, an {@link EndpointResponse} out. The desk's endpoint takes
 * escalations and the organizations' updates; an organization's takes the desk's updates. A host
 * mounts it in the server it runs ({@link JdkHttpEndpoint}, or the servlet of
 * {@code caseload-servlet}).
 *
 * <p>A request is checked in this order, and refused with the status and the {@link WireError}
 * code of the first check it fails, changing nothing: {@code POST} only (405), the endpoint's path
 * (404), the body's size (413), the signature headers (401 {@code SIGNATURE_MISSING}), the
 * timestamp within the window (401 {@code SIGNATURE_EXPIRED}), the signature under an active
 * credential (401 {@code SIGNATURE_INVALID}), the message (400), the message's organization is the
 * credential's (403 {@code ORGANIZATION_MISMATCH}), the message id not accepted before (401
 * {@code REPLAYED}). Then the message goes to the receiver; its refusal for good is 422, a passing
 * failure 503 or 500. An accepted message is answered 200 with an acknowledgement. Thread-safe.
 */
public final class SupportEndpoint {

    /** Where an endpoint is mounted unless its builder sets another path. */
    public static final String DEFAULT_PATH = "/caseload/support/messages";
    /** How far a request's timestamp may be from this side's clock, either way, unless set otherwise. */
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(5);
    /** The largest body accepted unless set otherwise: 16 MiB (a 10 MiB screenshot in base64, and more). */
    public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;

    private static final System.Logger LOG = System.getLogger(SupportEndpoint.class.getName());

    private final ChannelKeys keys;
    private final SupportChannel receiver;
    private final Clock clock;
    private final String path;
    private final Duration window;
    private final long maxBodyBytes;
    private final ReplayGuard replays;

    private SupportEndpoint(Builder builder) {
        Kernel kernel = KernelAccess.of(builder.runtime);
        this.keys = builder.credentials.keys();
        this.receiver = builder.receiver;
        this.clock = kernel.clock();
        this.path = builder.path;
        this.window = builder.window;
        this.maxBodyBytes = builder.maxBodyBytes;
        this.replays = new ReplayGuard(kernel.storage(), window);
    }

    /**
     * A builder of the endpoint of one side.
     *
     * @param runtime     the receiving side's runtime: its clock judges timestamps, its inbox repeats
     * @param credentials the side's credentials ({@link ChannelCredentials#forDesk} at the desk,
     *                    {@link ChannelCredentials#forOrganization} at an organization)
     * @param receiver    what to do with a verified message: typically the side's {@code receive},
     *                    called as its integration user ({@code support.desk.sync} at the desk,
     *                    {@code support.sync} at an organization)
     * @throws ConfigurationException naming the argument that is null
     */
    public static Builder builder(Caseload runtime, ChannelCredentials credentials, SupportChannel receiver) {
        if (runtime == null) {
            throw new ConfigurationException("runtime must not be null");
        }
        if (credentials == null) {
            throw new ConfigurationException("credentials must not be null");
        }
        if (receiver == null) {
            throw new ConfigurationException("receiver must not be null: pass what applies a verified message");
        }
        return new Builder(runtime, credentials, receiver);
    }

    /** The path the endpoint answers at. */
    public String path() {
        return path;
    }

    /** The largest body it accepts, in bytes. */
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    /**
     * Reads a body of at most {@link #maxBodyBytes()} from {@code body}, then handles the request; a
     * longer body is refused with 413 without reading it all. For adapters.
     *
     * @param contentLength the declared length, or -1 when unknown
     * @throws IOException when reading the body fails
     */
    public EndpointResponse handle(String method, String requestPath, Map<String, List<String>> headers,
                                   long contentLength, InputStream body) throws IOException {
        if (contentLength > maxBodyBytes) {
            return tooLarge(contentLength);
        }
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
            read.write(buffer, 0, n);
            if (read.size() > maxBodyBytes) {
                return tooLarge(read.size());
            }
        }
        return handle(new EndpointRequest(method, requestPath, headers, read.toByteArray()));
    }

    /** Checks the request and hands its message to the receiver; see the class's description. */
    public EndpointResponse handle(EndpointRequest request) {
        try {
            return accept(request);
        } catch (WireException refused) {
            return error(refused.error(), refused.getMessage());
        } catch (RuntimeException failed) {
            // A credential that does not open, a storage that fails: nothing was applied.
            LOG.log(System.Logger.Level.ERROR, "checking a request failed: " + failed.getClass().getName(), failed);
            return error(WireError.RECEIVER_FAILED, "this side failed to check the request; send again later");
        }
    }

    private EndpointResponse accept(EndpointRequest request) {
        if (!"POST".equals(request.method())) {
            throw new WireException(WireError.METHOD_NOT_ALLOWED, "only POST is accepted here");
        }
        if (!path.equals(request.path())) {
            throw new WireException(WireError.NOT_FOUND, "no support endpoint is mounted at this path");
        }
        if (request.body().length > maxBodyBytes) {
            return tooLarge(request.body().length);
        }
        String credentialId = required(request, Signatures.CREDENTIAL);
        String timestampText = required(request, Signatures.TIMESTAMP);
        String messageId = required(request, Signatures.MESSAGE_ID);
        String signature = required(request, Signatures.SIGNATURE);
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampText);
        } catch (NumberFormatException e) {
            throw new WireException(WireError.SIGNATURE_MISSING, "header " + Signatures.TIMESTAMP
                    + " must be seconds since the epoch, in decimal");
        }
        Instant now = clock.instant();
        if (Math.abs(now.getEpochSecond() - timestamp) > window.toSeconds()) {
            throw new WireException(WireError.SIGNATURE_EXPIRED, "the request was signed at " + timestamp
                    + ", more than " + window + " from this side's clock (" + now.getEpochSecond() + ")");
        }
        String canonical = Signatures.canonical(request.method(), request.path(), timestamp, messageId, request.body());
        Optional<ChannelKeys.Key> key = keys.forVerification(credentialId)
                .filter(candidate -> Signatures.verify(candidate.secret(), canonical, signature));
        if (key.isEmpty()) {
            throw new WireException(WireError.SIGNATURE_INVALID,
                    "the signature does not verify under an active credential of that id");
        }
        SupportMessage message = WireFormat.decode(request.body());
        if (!message.messageId().equals(messageId)) {
            throw new WireException(WireError.MESSAGE_ID_MISMATCH, "header " + Signatures.MESSAGE_ID
                    + " and the body's messageId differ");
        }
        boolean toDesk = message instanceof SupportMessage.Escalation
                || message instanceof SupportMessage.OrganizationUpdate;
        if (toDesk != keys.desk()) {
            throw new WireException(WireError.NOT_ACCEPTED_HERE, "a message of type " + WireFormat.typeOf(message)
                    + " goes to " + (toDesk ? "the desk" : "an organization") + ", not here");
        }
        if (!message.organizationId().equals(key.get().organizationId())) {
            throw new WireException(WireError.ORGANIZATION_MISMATCH, "credential " + credentialId
                    + " speaks for organization " + key.get().organizationId() + "; the message names another");
        }
        if (replays.seen(messageId, now)) {
            throw new WireException(WireError.REPLAYED, "message " + messageId + " was accepted before");
        }
        EndpointResponse refused = deliver(message);
        if (refused != null) {
            return refused;
        }
        replays.accepted(messageId, now);
        if (keys.desk()) {
            keys.used(key.get());
        }
        return new EndpointResponse(200, EndpointResponse.JSON, WireFormat.acknowledgement(messageId, clock.instant()));
    }

    /** Hands the message to the receiver: null when it took it, otherwise the answer to give. */
    private EndpointResponse deliver(SupportMessage message) {
        try {
            receiver.send(message);
            return null;
        } catch (ConcurrentModificationException | StorageException busy) {
            return error(WireError.RETRY_LATER, "the receiver is busy (" + busy.code() + "); send again later");
        } catch (NotFoundException notYet) {
            // An update may overtake the escalation it follows (the desk has not the round yet):
            // the sender is to try again, as over the in-memory channel.
            return error(WireError.RETRY_LATER, "message " + message.messageId() + " names a record this side "
                    + "does not have (yet): " + notYet.getMessage() + "; send again later");
        } catch (PermanentDeliveryException refused) {
            return error(WireError.MESSAGE_REFUSED, "the receiver refused message " + message.messageId() + ": "
                    + refused.reason());
        } catch (CaseloadException refused) {
            if (refused instanceof HostPartException || refused instanceof AccessDeniedException
                    || refused instanceof ConfigurationException) {
                LOG.log(System.Logger.Level.ERROR, "the receiver of message " + message.messageId()
                        + " failed: " + refused.code(), refused);
                return error(WireError.RECEIVER_FAILED, "the receiver failed; send again later");
            }
            return error(WireError.MESSAGE_REFUSED, "the receiver refused message " + message.messageId() + ": "
                    + refused.code() + ": " + refused.getMessage());
        } catch (RuntimeException failed) {
            LOG.log(System.Logger.Level.ERROR, "the receiver of message " + message.messageId() + " failed: "
                    + failed.getClass().getName(), failed);
            return error(WireError.RECEIVER_FAILED, "the receiver failed; send again later");
        }
    }

    private static String required(EndpointRequest request, String header) {
        return request.header(header).filter(value -> !value.isBlank()).orElseThrow(() ->
                new WireException(WireError.SIGNATURE_MISSING, "header " + header + " is missing"));
    }

    private EndpointResponse tooLarge(long bytes) {
        return error(WireError.BODY_TOO_LARGE, "the body has " + (bytes > maxBodyBytes ? "more than " : "")
                + maxBodyBytes + " bytes, the most this endpoint accepts");
    }

    private static EndpointResponse error(WireError error, String message) {
        return new EndpointResponse(error.status(), EndpointResponse.JSON, WireFormat.error(error, message));
    }

    /** Sets up a {@link SupportEndpoint}; each setter checks its argument at once. Not thread-safe. */
    public static final class Builder {
        private final Caseload runtime;
        private final ChannelCredentials credentials;
        private final SupportChannel receiver;
        private String path = DEFAULT_PATH;
        private Duration window = DEFAULT_WINDOW;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;

        private Builder(Caseload runtime, ChannelCredentials credentials, SupportChannel receiver) {
            this.runtime = runtime;
            this.credentials = credentials;
            this.receiver = receiver;
        }

        /**
         * The path it answers at (default {@value SupportEndpoint#DEFAULT_PATH}): the whole path the
         * sender's URI has, context path included.
         *
         * @throws ConfigurationException unless it starts with {@code /}
         */
        public Builder path(String value) {
            if (value == null || !value.startsWith("/") || value.contains("?")) {
                throw new ConfigurationException("path must start with / and hold no query, was " + value);
            }
            this.path = value;
            return this;
        }

        /**
         * How far a request's timestamp may be from this side's clock (default 5 minutes). Keep the
         * side's {@code RetentionPolicy} replay window at least as long.
         *
         * @throws ConfigurationException unless between 1 second and 1 hour
         */
        public Builder window(Duration value) {
            if (value == null || value.compareTo(Duration.ofSeconds(1)) < 0 || value.compareTo(Duration.ofHours(1)) > 0) {
                throw new ConfigurationException("window must be between PT1S and PT1H, was " + value);
            }
            this.window = value;
            return this;
        }

        /**
         * The largest body accepted, in bytes (default 16 MiB).
         *
         * @throws ConfigurationException unless between 1 KiB and 1 GiB
         */
        public Builder maxBodyBytes(long value) {
            if (value < 1024 || value > 1024L * 1024 * 1024) {
                throw new ConfigurationException("maxBodyBytes must be between 1024 and 1073741824, was " + value);
            }
            this.maxBodyBytes = value;
            return this;
        }

        /** The endpoint. */
        public SupportEndpoint build() {
            return new SupportEndpoint(this);
        }
    }
}
