// SPDX-License-Identifier: Apache-2.0
package org.caseload.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.caseload.http.internal.ChannelKeys;
import org.caseload.http.internal.Signatures;
import org.caseload.spi.error.CaseloadException;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.error.ErrorCode;
import org.caseload.spi.support.PermanentDeliveryException;
import org.caseload.spi.support.SupportChannel;
import org.caseload.spi.support.SupportMessage;

/**
 * A {@link SupportChannel} over HTTP, on the JDK's {@link HttpClient}: each message is
 * {@code POST}ed as the JSON of {@link WireFormat}, signed with the side's credential
 * ({@code docs/wire/README.md}), to the other side's {@link SupportEndpoint}. One client, and its
 * connections, serve every message.
 *
 * <p>How answers are read: 2xx is accepted; 401 {@code REPLAYED} is accepted too (the endpoint
 * already accepted this message id, whose acknowledgement was lost); 408, 429, 5xx and I/O
 * failures throw a {@link CaseloadException} ({@code SUPPORT_CHANNEL_FAILED}), so the message is
 * sent again later; any other 4xx throws a {@link PermanentDeliveryException} with the endpoint's
 * error code as its reason (or {@code HTTP_<status>}), so the message is set aside at once.
 * Thread-safe.
 */
public final class HttpSupportChannel implements SupportChannel {

    /** How long connecting may take unless the builder sets another. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** How long one request may take, answer included, unless the builder sets another. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;
    private final ChannelKeys keys;
    private final OrganizationEndpoints endpoints;
    private final URI desk;
    private final Duration requestTimeout;
    private final Clock clock;

    private HttpSupportChannel(Builder builder) {
        HttpClient.Builder client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(builder.connectTimeout);
        if (builder.sslContext != null) {
            client.sslContext(builder.sslContext);
        }
        this.client = client.build();
        this.keys = builder.credentials.keys();
        this.endpoints = builder.endpoints;
        this.desk = builder.desk;
        this.requestTimeout = builder.requestTimeout;
        this.clock = builder.clock;
    }

    /**
     * A builder of an organization's channel to the vendor's desk.
     *
     * @param desk        the URI of the desk's endpoint, such as
     *                    {@code https://desk.vendor.example/caseload/support/messages}
     * @param credentials the organization's ({@link ChannelCredentials#forOrganization})
     * @throws ConfigurationException when an argument is null, or the URI is not absolute http(s)
     */
    public static Builder toDesk(URI desk, ChannelCredentials credentials) {
        requireHttp(desk);
        if (credentials == null) {
            throw new ConfigurationException("credentials must not be null");
        }
        return new Builder(credentials, null, desk);
    }

    /**
     * A builder of the desk's channel to the organizations.
     *
     * @param endpoints   where each organization's endpoint is
     * @param credentials the desk's ({@link ChannelCredentials#forDesk})
     * @throws ConfigurationException when an argument is null
     */
    public static Builder toOrganizations(OrganizationEndpoints endpoints, ChannelCredentials credentials) {
        if (endpoints == null || credentials == null) {
            throw new ConfigurationException("endpoints and credentials must not be null");
        }
        return new Builder(credentials, endpoints, null);
    }

    /**
     * Sends the message and returns once the other side accepted it.
     *
     * @throws PermanentDeliveryException when the other side refused it for good, or the desk knows
     *         no endpoint or no active credential for its organization
     * @throws CaseloadException {@code SUPPORT_CHANNEL_FAILED} when it failed for now
     */
    @Override
    public void send(SupportMessage message) {
        URI target = target(message);
        ChannelKeys.Key key = keys.forSigning(message.organizationId());
        byte[] body = WireFormat.encode(message);
        long timestamp = clock.instant().getEpochSecond();
        String canonical = Signatures.canonical("POST", target.getRawPath(), timestamp, message.messageId(), body);
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(requestTimeout)
                .header("Content-Type", EndpointResponse.JSON)
                .header(Signatures.CREDENTIAL, key.credentialId())
                .header(Signatures.TIMESTAMP, Long.toString(timestamp))
                .header(Signatures.MESSAGE_ID, message.messageId())
                .header(Signatures.SIGNATURE, Signatures.sign(key.secret(), canonical))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new CaseloadException(ErrorCode.SUPPORT_CHANNEL_FAILED, "message " + message.messageId()
                    + " could not reach " + target.getHost() + ": " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaseloadException(ErrorCode.SUPPORT_CHANNEL_FAILED, "sending message " + message.messageId()
                    + " was interrupted", e);
        }
        read(message, response.statusCode(), response.body());
    }

    private static void read(SupportMessage message, int status, byte[] body) {
        if (status >= 200 && status < 300) {
            return;
        }
        String[] error = WireFormat.readError(body);
        String code = error == null ? "HTTP_" + status : error[0];
        String detail = error == null ? "" : ": " + error[1];
        if (status == 401 && WireError.REPLAYED.name().equals(code)) {
            return;
        }
        String description = "message " + message.messageId() + " was refused with " + status + " " + code + detail;
        if (status == 408 || status == 429 || status >= 500 || status < 400) {
            throw new CaseloadException(ErrorCode.SUPPORT_CHANNEL_FAILED, description);
        }
        throw new PermanentDeliveryException(code, description);
    }

    private URI target(SupportMessage message) {
        if (desk != null) {
            return desk;
        }
        return endpoints.endpointOf(message.organizationId()).orElseThrow(() -> new PermanentDeliveryException(
                "UNKNOWN_ORGANIZATION", "no endpoint is known for organization " + message.organizationId()));
    }

    private static void requireHttp(URI uri) {
        if (uri == null || !uri.isAbsolute() || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new ConfigurationException("the desk's URI must be an absolute http or https URI, was " + uri);
        }
    }

    /** Sets up an {@link HttpSupportChannel}; each setter checks its argument at once. Not thread-safe. */
    public static final class Builder {
        private final ChannelCredentials credentials;
        private final OrganizationEndpoints endpoints;
        private final URI desk;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private SSLContext sslContext;
        private Clock clock = Clock.systemUTC();

        private Builder(ChannelCredentials credentials, OrganizationEndpoints endpoints, URI desk) {
            this.credentials = credentials;
            this.endpoints = endpoints;
            this.desk = desk;
        }

        /**
         * How long connecting may take (default 5 seconds).
         *
         * @throws ConfigurationException unless positive
         */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = positive("connectTimeout", value);
            return this;
        }

        /**
         * How long one request may take, the answer included (default 30 seconds).
         *
         * @throws ConfigurationException unless positive
         */
        public Builder requestTimeout(Duration value) {
            this.requestTimeout = positive("requestTimeout", value);
            return this;
        }

        /**
         * The TLS context for {@code https} (default: the JDK's, trusting its default trust store).
         *
         * @throws ConfigurationException when null
         */
        public Builder sslContext(SSLContext value) {
            if (value == null) {
                throw new ConfigurationException("sslContext must not be null");
            }
            this.sslContext = value;
            return this;
        }

        /**
         * The clock requests are timestamped by (default the system's, in UTC).
         *
         * @throws ConfigurationException when null
         */
        public Builder clock(Clock value) {
            if (value == null) {
                throw new ConfigurationException("clock must not be null");
            }
            this.clock = value;
            return this;
        }

        /** The channel. */
        public HttpSupportChannel build() {
            return new HttpSupportChannel(this);
        }

        private static Duration positive(String name, Duration value) {
            if (value == null || value.isZero() || value.isNegative()) {
                throw new ConfigurationException(name + " must be a positive duration, was " + value);
            }
            return value;
        }
    }
}
