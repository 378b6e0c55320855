// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.caseload.spi.support.SupportMessage;

/**
 * Writes an escalation as the JSON payload of an outbox message and reads it back. Instants are
 * ISO-8601 text. Thread-safe. Failure messages name the message id only, never the payload, which
 * holds what a user wrote.
 */
public final class EscalationCodec {

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    /** The JSON of {@code escalation}, which must not be null. */
    public String write(SupportMessage.Escalation escalation) {
        try {
            return json.writeValueAsString(escalation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("escalation " + escalation.messageId() + " cannot be written as JSON ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * The escalation in {@code payload}.
     *
     * @param messageId the outbox message the payload came from, for the failure message
     * @throws IllegalStateException when the payload is not an escalation
     */
    public SupportMessage.Escalation read(String messageId, String payload) {
        try {
            return json.readValue(payload, SupportMessage.Escalation.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox message " + messageId + " does not hold a readable escalation ("
                    + e.getClass().getSimpleName() + ")");
        }
    }
}
