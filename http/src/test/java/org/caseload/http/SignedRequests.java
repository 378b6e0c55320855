// SPDX-License-Identifier: Apache-2.0
package org.caseload.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.caseload.http.internal.Signatures;
import org.caseload.spi.support.SupportMessage;

/** Hand-made requests to an endpoint, signed as a sender would, or not quite. */
final class SignedRequests {

    /** A status and the error code of its body, if any. */
    record Answer(int status, String code, String body) {
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI target;

    SignedRequests(URI target) {
        this.target = target;
    }

    /** The headers signing {@code body} with {@code secret} at {@code timestamp}. */
    Map<String, String> headers(ChannelSecret secret, Instant timestamp, String messageId, byte[] body) {
        String canonical = Signatures.canonical("POST", target.getRawPath(), timestamp.getEpochSecond(), messageId,
                body);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(Signatures.CREDENTIAL, secret.credentialId());
        headers.put(Signatures.TIMESTAMP, Long.toString(timestamp.getEpochSecond()));
        headers.put(Signatures.MESSAGE_ID, messageId);
        headers.put(Signatures.SIGNATURE, Signatures.sign(Base64.getUrlDecoder().decode(secret.secret()), canonical));
        return headers;
    }

    Answer post(SupportMessage message, ChannelSecret secret, Instant timestamp) {
        byte[] body = WireFormat.encode(message);
        return post(headers(secret, timestamp, message.messageId(), body), body);
    }

    Answer post(Map<String, String> headers, byte[] body) {
        return send("POST", headers, body);
    }

    Answer send(String method, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String[] error = WireFormat.readError(response.body());
            return new Answer(response.statusCode(), error == null ? null : error[0],
                    new String(response.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
