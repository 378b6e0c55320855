// SPDX-License-Identifier: Apache-2.0
package org.caseload.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.caseload.spi.support.SupportMessage;
import org.caseload.spi.support.SupportMessage.Attachment;
import org.caseload.spi.support.SupportMessage.Escalation;
import org.caseload.spi.support.SupportMessage.EscalationWithdrawn;
import org.caseload.spi.support.SupportMessage.LocalResolution;
import org.caseload.spi.support.SupportMessage.OrganizationNote;
import org.caseload.spi.support.SupportMessage.OrganizationReply;
import org.caseload.spi.support.SupportMessage.StatusChange;
import org.caseload.spi.support.SupportMessage.VendorNote;

/**
 * The published JSON form of every {@link SupportMessage}, of the acknowledgement and of the error
 * body ({@code docs/wire/}). Every message is an object with {@code "version": 1}, a {@code "type"}
 * and the fields of its type; instants are RFC 3339 text in UTC, attachments' bytes base64.
 * Reading ignores fields it does not know, and refuses an unknown version or type, or a missing or
 * ill-shaped field, with a {@link WireException} naming the field (never its value). Thread-safe.
 */
public final class WireFormat {

    /** The version this side writes and reads. */
    public static final int VERSION = 1;

    /** The type of an {@link Escalation}. */
    public static final String ESCALATION = "escalation";
    /** The type of a {@link VendorNote}. */
    public static final String VENDOR_NOTE = "vendor.note";
    /** The type of a {@link StatusChange}. */
    public static final String VENDOR_STATUS = "vendor.status";
    /** The type of an {@link OrganizationReply}. */
    public static final String ORGANIZATION_REPLY = "organization.reply";
    /** The type of an {@link OrganizationNote}. */
    public static final String ORGANIZATION_NOTE = "organization.note";
    /** The type of an {@link EscalationWithdrawn}. */
    public static final String ORGANIZATION_WITHDRAWN = "organization.withdrawn";
    /** The type of a {@link LocalResolution}. */
    public static final String ORGANIZATION_RESOLVED = "organization.resolved";
    /** The type of the body a receiver answers an accepted message with. */
    public static final String ACKNOWLEDGEMENT = "acknowledgement";

    /** Every message type, in the order of the documentation. */
    public static final List<String> MESSAGE_TYPES = List.of(ESCALATION, VENDOR_NOTE, VENDOR_STATUS,
            ORGANIZATION_REPLY, ORGANIZATION_NOTE, ORGANIZATION_WITHDRAWN, ORGANIZATION_RESOLVED);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ECHOED = 40;

    private WireFormat() {
    }

    /** The wire type of a message, such as {@code vendor.note}. */
    public static String typeOf(SupportMessage message) {
        Objects.requireNonNull(message, "message");
        if (message instanceof Escalation) {
            return ESCALATION;
        } else if (message instanceof VendorNote) {
            return VENDOR_NOTE;
        } else if (message instanceof StatusChange) {
            return VENDOR_STATUS;
        } else if (message instanceof OrganizationReply) {
            return ORGANIZATION_REPLY;
        } else if (message instanceof OrganizationNote) {
            return ORGANIZATION_NOTE;
        } else if (message instanceof EscalationWithdrawn) {
            return ORGANIZATION_WITHDRAWN;
        }
        return ORGANIZATION_RESOLVED;
    }

    /** The message as UTF-8 JSON. */
    public static byte[] encode(SupportMessage message) {
        ObjectNode node = JSON.createObjectNode();
        node.put("version", VERSION);
        node.put("type", typeOf(message));
        node.put("messageId", message.messageId());
        node.put("organizationId", message.organizationId());
        node.put("ticketId", message.ticketId());
        node.put("sentAt", message.sentAt().toString());
        node.put("round", message.round());
        if (message instanceof Escalation e) {
            node.put("kind", e.kind());
            node.put("summary", e.summary());
            node.put("screenId", e.screenId());
            node.put("productVersion", e.productVersion());
            node.put("escalatedBy", e.escalatedBy());
            putAttachment(node, "screenshot", e.screenshot());
        } else if (message instanceof VendorNote n) {
            node.put("sequence", n.sequence());
            node.put("author", n.author());
            node.put("text", n.text());
        } else if (message instanceof StatusChange s) {
            node.put("sequence", s.sequence());
            node.put("status", s.status());
            node.put("tier", s.tier());
            node.put("author", s.author());
            node.put("resolution", s.resolution());
        } else if (message instanceof OrganizationReply r) {
            node.put("author", r.author());
            node.put("text", r.text());
        } else if (message instanceof OrganizationNote n) {
            node.put("author", n.author());
            node.put("text", n.text());
            putAttachment(node, "attachment", n.attachment());
        } else if (message instanceof EscalationWithdrawn w) {
            node.put("author", w.author());
            node.put("reason", w.reason());
        } else if (message instanceof LocalResolution l) {
            node.put("author", l.author());
            node.put("resolution", l.resolution());
        }
        return write(node);
    }

    /**
     * The message this JSON holds.
     *
     * @throws WireException {@link WireError#MALFORMED_MESSAGE}, {@link WireError#UNSUPPORTED_VERSION}
     *         or {@link WireError#UNKNOWN_TYPE}, naming the field and the rule
     */
    public static SupportMessage decode(byte[] json) {
        Objects.requireNonNull(json, "json");
        Fields fields = new Fields(envelope(json));
        String type = fields.node.get("type").textValue();
        String id = fields.text("messageId");
        String org = fields.text("organizationId");
        String ticket = fields.text("ticketId");
        Instant sentAt = fields.instant("sentAt");
        int round = (int) fields.integer("round", 1, Integer.MAX_VALUE);
        return switch (type) {
            case ESCALATION -> new Escalation(id, org, ticket, sentAt, round, fields.text("kind"),
                    fields.text("summary"), fields.text("screenId"), fields.text("productVersion"),
                    fields.text("escalatedBy"), fields.attachment("screenshot"));
            case VENDOR_NOTE -> new VendorNote(id, org, ticket, sentAt, round,
                    fields.integer("sequence", 1, Long.MAX_VALUE), fields.text("author"), fields.text("text"));
            case VENDOR_STATUS -> new StatusChange(id, org, ticket, sentAt, round,
                    fields.integer("sequence", 1, Long.MAX_VALUE), fields.text("status"),
                    (int) fields.integer("tier", 0, 3), fields.text("author"), fields.optionalText("resolution"));
            case ORGANIZATION_REPLY -> new OrganizationReply(id, org, ticket, sentAt, round, fields.text("author"),
                    fields.text("text"));
            case ORGANIZATION_NOTE -> new OrganizationNote(id, org, ticket, sentAt, round, fields.text("author"),
                    fields.text("text"), fields.attachment("attachment"));
            case ORGANIZATION_WITHDRAWN -> new EscalationWithdrawn(id, org, ticket, sentAt, round,
                    fields.text("author"), fields.text("reason"));
            case ORGANIZATION_RESOLVED -> new LocalResolution(id, org, ticket, sentAt, round, fields.text("author"),
                    fields.text("resolution"));
            default -> throw new IllegalStateException("type checked by envelope: " + type);
        };
    }

    /** The body a receiver answers an accepted message with. */
    public static byte[] acknowledgement(String messageId, Instant receivedAt) {
        ObjectNode node = JSON.createObjectNode();
        node.put("version", VERSION);
        node.put("type", ACKNOWLEDGEMENT);
        node.put("messageId", Objects.requireNonNull(messageId, "messageId"));
        node.put("receivedAt", Objects.requireNonNull(receivedAt, "receivedAt").toString());
        return write(node);
    }

    /**
     * The message id an acknowledgement acknowledges.
     *
     * @throws WireException when the body is not an acknowledgement of this version
     */
    public static String acknowledged(byte[] json) {
        JsonNode node = parse(json);
        requireVersion(node);
        if (!ACKNOWLEDGEMENT.equals(node.path("type").textValue())) {
            throw new WireException(WireError.UNKNOWN_TYPE, "the answer is not an acknowledgement");
        }
        return new Fields(node).text("messageId");
    }

    /** The error body: {@code {"code": ..., "message": ...}}. */
    public static byte[] error(WireError error, String message) {
        ObjectNode node = JSON.createObjectNode();
        node.put("code", error.name());
        node.put("message", message);
        return write(node);
    }

    /**
     * The code and message of an error body, or null when the body is not one (another server's page).
     *
     * @return {@code [code, message]}, or null
     */
    static String[] readError(byte[] json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node != null && node.path("code").isTextual()) {
                return new String[] {node.get("code").textValue(), node.path("message").asText("")};
            }
        } catch (IOException notJson) {
            // Not ours: reported by status alone.
        }
        return null;
    }

    private static JsonNode envelope(byte[] json) {
        JsonNode node = parse(json);
        requireVersion(node);
        JsonNode type = node.get("type");
        if (type == null || !type.isTextual()) {
            throw new WireException(WireError.MALFORMED_MESSAGE, "field 'type' is required and must be a string");
        }
        if (!MESSAGE_TYPES.contains(type.textValue())) {
            throw new WireException(WireError.UNKNOWN_TYPE, "type '" + echo(type.textValue())
                    + "' is not a message type of version " + VERSION + "; known: " + String.join(", ", MESSAGE_TYPES));
        }
        return node;
    }

    private static JsonNode parse(byte[] json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (IOException e) {
            throw new WireException(WireError.MALFORMED_MESSAGE, "the body is not well-formed JSON");
        }
        if (node == null || !node.isObject()) {
            throw new WireException(WireError.MALFORMED_MESSAGE, "the body is not a JSON object");
        }
        return node;
    }

    private static void requireVersion(JsonNode node) {
        JsonNode version = node.get("version");
        if (version == null || !version.canConvertToInt() || !version.isIntegralNumber()) {
            throw new WireException(WireError.MALFORMED_MESSAGE, "field 'version' is required and must be an integer");
        }
        if (version.intValue() != VERSION) {
            throw new WireException(WireError.UNSUPPORTED_VERSION, "version " + version.intValue()
                    + " is not supported; this side reads version " + VERSION);
        }
    }

    /** At most 40 characters of a value sent to us, letters, digits and {@code .-_} only. */
    private static String echo(String value) {
        String cut = value.length() > MAX_ECHOED ? value.substring(0, MAX_ECHOED) + "..." : value;
        return cut.replaceAll("[^A-Za-z0-9._-]", "?");
    }

    private static void putAttachment(ObjectNode node, String field, Attachment attachment) {
        if (attachment == null) {
            node.putNull(field);
            return;
        }
        ObjectNode value = node.putObject(field);
        value.put("mediaType", attachment.mediaType());
        value.put("content", Base64.getEncoder().encodeToString(attachment.content()));
    }

    private static byte[] write(ObjectNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree of strings and numbers could not be written", e);
        }
    }

    /** The fields of one message, read with precise errors. */
    private static final class Fields {
        private final JsonNode node;
        private final String type;

        Fields(JsonNode node) {
            this.node = node;
            this.type = node.path("type").asText("");
        }

        private WireException malformed(String field, String rule) {
            return new WireException(WireError.MALFORMED_MESSAGE, "field '" + field + "' of a message of type "
                    + type + " " + rule);
        }

        String text(String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isTextual()) {
                throw malformed(field, "is required and must be a string");
            }
            return value.textValue();
        }

        String optionalText(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                throw malformed(field, "must be a string or null");
            }
            return value.textValue();
        }

        long integer(String field, long min, long max) {
            JsonNode value = node.get(field);
            if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
                throw malformed(field, "is required and must be an integer");
            }
            long number = value.longValue();
            if (number < min || number > max) {
                throw malformed(field, "must be between " + min + " and " + max + ", was " + number);
            }
            return number;
        }

        Instant instant(String field) {
            String value = text(field);
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw malformed(field, "must be an RFC 3339 instant in UTC, such as 2026-01-05T09:00:00Z");
            }
        }

        Attachment attachment(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isObject()) {
                throw malformed(field, "must be an object or null");
            }
            JsonNode mediaType = value.get("mediaType");
            JsonNode content = value.get("content");
            if (mediaType == null || !mediaType.isTextual()) {
                throw malformed(field + ".mediaType", "is required and must be a string");
            }
            if (content == null || !content.isTextual()) {
                throw malformed(field + ".content", "is required and must be a base64 string");
            }
            try {
                return new Attachment(mediaType.textValue(), Base64.getDecoder().decode(content.textValue()));
            } catch (IllegalArgumentException e) {
                throw malformed(field + ".content", "must be base64 (RFC 4648, with padding)");
            }
        }
    }
}
