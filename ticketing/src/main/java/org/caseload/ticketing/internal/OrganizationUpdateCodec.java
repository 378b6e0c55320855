// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Objects;
import java.util.stream.Stream;
import org.caseload.spi.support.SupportMessage.EscalationWithdrawn;
import org.caseload.spi.support.SupportMessage.LocalResolution;
import org.caseload.spi.support.SupportMessage.OrganizationNote;
import org.caseload.spi.support.SupportMessage.OrganizationReply;
import org.caseload.spi.support.SupportMessage.OrganizationUpdate;

/**
 * Writes an organization's update to an escalated ticket as the JSON payload of an outbox message
 * and reads it back: an object with one member named for its kind. Thread-safe. Failure messages
 * name the message id only, never the payload, which holds what a user wrote.
 */
public final class OrganizationUpdateCodec {

    /** Exactly one kind set, the others null. */
    private record Envelope(OrganizationReply reply, OrganizationNote note, EscalationWithdrawn withdrawn,
                            LocalResolution resolution) {
    }

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    /** The JSON of {@code update}. */
    public String write(OrganizationUpdate update) {
        Envelope envelope = new Envelope(as(OrganizationReply.class, update), as(OrganizationNote.class, update),
                as(EscalationWithdrawn.class, update), as(LocalResolution.class, update));
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("organization update " + update.messageId()
                    + " cannot be written as JSON (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static <T extends OrganizationUpdate> T as(Class<T> kind, OrganizationUpdate update) {
        return kind.isInstance(update) ? kind.cast(update) : null;
    }

    /**
     * The update in {@code payload}.
     *
     * @param messageId the message the payload came from, for the failure message
     * @throws IllegalStateException when the payload is not an organization update
     */
    public OrganizationUpdate read(String messageId, String payload) {
        Envelope envelope;
        try {
            envelope = mapper.readValue(payload, Envelope.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("message " + messageId + " does not hold a readable organization update ("
                    + e.getClass().getSimpleName() + ")");
        }
        return Stream.<OrganizationUpdate>of(envelope.reply(), envelope.note(), envelope.withdrawn(),
                        envelope.resolution())
                .filter(Objects::nonNull)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("message " + messageId + " holds no organization update"));
    }
}
