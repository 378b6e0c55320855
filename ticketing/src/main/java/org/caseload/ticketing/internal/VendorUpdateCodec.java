// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.caseload.spi.support.SupportMessage;
import org.caseload.spi.support.SupportMessage.StatusChange;
import org.caseload.spi.support.SupportMessage.VendorNote;
import org.caseload.spi.support.SupportMessage.VendorUpdate;

/**
 * Writes a vendor update as JSON (the desk's outbox payload, and an organization's buffered
 * message) and reads it back. Thread-safe. Failure messages name the message id only, never the
 * payload, which holds what support staff wrote.
 */
public final class VendorUpdateCodec {

    /** One of the two kinds, the other null. */
    private record Envelope(VendorNote note, StatusChange statusChange) {
    }

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    /** The JSON of {@code update}. */
    public String write(VendorUpdate update) {
        Envelope envelope = update instanceof VendorNote note
                ? new Envelope(note, null)
                : new Envelope(null, (StatusChange) update);
        try {
            return json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("vendor update " + update.messageId() + " cannot be written as JSON ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * The update in {@code payload}.
     *
     * @param messageId the message the payload came from, for the failure message
     * @throws IllegalStateException when the payload is not a vendor update
     */
    public VendorUpdate read(String messageId, String payload) {
        try {
            Envelope envelope = json.readValue(payload, Envelope.class);
            SupportMessage update = envelope.note() != null ? envelope.note() : envelope.statusChange();
            if (update == null) {
                throw new IllegalStateException("message " + messageId + " holds no vendor update");
            }
            return (VendorUpdate) update;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("message " + messageId + " does not hold a readable vendor update ("
                    + e.getClass().getSimpleName() + ")");
        }
    }
}
