// SPDX-License-Identifier: Apache-2.0
package org.caseload.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseload.spi.support.SupportMessage;
import org.caseload.spi.support.SupportMessage.Attachment;
import org.junit.jupiter.api.Test;

/** The JSON of every message: written as the published schemas say, read back, refused precisely. */
class WireFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");
    private static final Attachment PNG = new Attachment("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});

    /** One message of every type, with and without its optional fields. */
    static final List<SupportMessage> SAMPLES = List.of(
            new SupportMessage.Escalation("m-1", "org-a", "t-1", AT, 1, "ISSUE", "Printing is blank.", "client-search",
                    "4.2.0", "Ada Admin", PNG),
            new SupportMessage.Escalation("m-2", "org-a", "t-1", AT, 2, "QUESTION", "Where?", "redacted", "4.2.0",
                    "Ada Admin", null),
            new SupportMessage.VendorNote("m-3", "org-a", "t-1", AT, 1, 1, "Terry", "Fixed in 4.2.2."),
            new SupportMessage.StatusChange("m-4", "org-a", "t-1", AT, 1, 2, "RESOLVED", 2, "Terry", "Reload."),
            new SupportMessage.StatusChange("m-5", "org-a", "t-1", AT, 1, 3, "TRIAGED", 0, "Terry", null),
            new SupportMessage.OrganizationReply("m-6", "org-a", "t-1", AT, 1, "Ada", "Printer 2."),
            new SupportMessage.OrganizationNote("m-7", "org-a", "t-1", AT, 1, "Ada", "See attached.", PNG),
            new SupportMessage.OrganizationNote("m-8", "org-a", "t-1", AT, 1, "Ada", "No file.", null),
            new SupportMessage.EscalationWithdrawn("m-9", "org-a", "t-1", AT, 1, "Ada", "Solved locally."),
            new SupportMessage.LocalResolution("m-10", "org-a", "t-1", AT, 1, "Ada", "Restarted the printer."));

    private static JsonSchema schema(String file) throws IOException {
        JsonNode schema = JSON.readTree(Files.readString(SignatureVectorsTest.WIRE.resolve(file)));
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
    }

    private static String schemaFileOf(String type) {
        return type.replace('.', '-') + ".schema.json";
    }

    @Test
    void everyMessageTypeOfTheSpiHasASampleAndASchema() {
        Set<Class<?>> leaves = new HashSet<>();
        Deque<Class<?>> open = new ArrayDeque<>(List.of(SupportMessage.class));
        while (!open.isEmpty()) {
            Class<?> type = open.pop();
            if (type.isSealed()) {
                open.addAll(List.of(type.getPermittedSubclasses()));
            } else {
                leaves.add(type);
            }
        }
        assertThat(SAMPLES.stream().map(Object::getClass).collect(Collectors.toSet())).isEqualTo(leaves);
        assertThat(SAMPLES.stream().map(WireFormat::typeOf).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(WireFormat.MESSAGE_TYPES);
        for (String type : WireFormat.MESSAGE_TYPES) {
            assertThat(SignatureVectorsTest.WIRE.resolve(schemaFileOf(type))).as(type).exists();
        }
    }

    @Test
    void whatIsWrittenValidatesAgainstItsSchemaAndReadsBackEqual() throws IOException {
        for (SupportMessage message : SAMPLES) {
            byte[] json = WireFormat.encode(message);
            Set<ValidationMessage> problems = schema(schemaFileOf(WireFormat.typeOf(message))).validate(JSON.readTree(json));

            assertThat(problems).as(message.messageId()).isEmpty();
            assertThat(WireFormat.decode(json)).isEqualTo(message);
        }
    }

    @Test
    void aSchemaRefusesAMessageWithoutARequiredField() throws IOException {
        ObjectNode note = (ObjectNode) JSON.readTree(WireFormat.encode(SAMPLES.get(2)));
        note.remove("sequence");
        assertThat(schema("vendor-note.schema.json").validate(note)).isNotEmpty();
    }

    @Test
    void theAcknowledgementAndTheErrorBodyValidateAgainstTheirSchemas() throws IOException {
        assertThat(schema("acknowledgement.schema.json").validate(JSON.readTree(
                WireFormat.acknowledgement("m-1", AT)))).isEmpty();
        for (WireError error : WireError.values()) {
            assertThat(schema("error.schema.json").validate(JSON.readTree(WireFormat.error(error, "text"))))
                    .as(error.name()).isEmpty();
        }
        assertThat(WireFormat.acknowledged(WireFormat.acknowledgement("m-1", AT))).isEqualTo("m-1");
    }

    @Test
    void unknownFieldsAreIgnoredAtEveryLevel() throws IOException {
        ObjectNode message = (ObjectNode) JSON.readTree(WireFormat.encode(SAMPLES.get(0)));
        message.put("addedLater", true);
        ((ObjectNode) message.get("screenshot")).put("width", 800);

        assertThat(WireFormat.decode(JSON.writeValueAsBytes(message))).isEqualTo(SAMPLES.get(0));
    }

    @Test
    void anUnknownVersionOrTypeIsRefusedWithItsCode() throws IOException {
        ObjectNode message = (ObjectNode) JSON.readTree(WireFormat.encode(SAMPLES.get(2)));
        message.put("version", 3);
        assertRefused(message, WireError.UNSUPPORTED_VERSION, "version 3 is not supported; this side reads version 1");

        message.put("version", 1);
        message.put("type", "vendor.poke <script>");
        assertRefused(message, WireError.UNKNOWN_TYPE, "type 'vendor.poke??script?' is not a message type");

        message.remove("version");
        assertRefused(message, WireError.MALFORMED_MESSAGE, "field 'version' is required");
    }

    @Test
    void aMissingOrIllShapedFieldIsNamedNeverItsValue() throws IOException {
        ObjectNode message = (ObjectNode) JSON.readTree(WireFormat.encode(SAMPLES.get(3)));
        message.put("tier", 7);
        assertRefused(message, WireError.MALFORMED_MESSAGE,
                "field 'tier' of a message of type vendor.status must be between 0 and 3, was 7");

        ObjectNode reply = (ObjectNode) JSON.readTree(WireFormat.encode(SAMPLES.get(5)));
        reply.put("text", 42);
        assertRefused(reply, WireError.MALFORMED_MESSAGE, "field 'text' of a message of type organization.reply");

        ObjectNode dated = (ObjectNode) JSON.readTree(WireFormat.encode(SAMPLES.get(5)));
        dated.put("sentAt", "Maria Garcia 1984-03-02");
        assertThatThrownBy(() -> WireFormat.decode(JSON.writeValueAsBytes(dated)))
                .isInstanceOf(WireException.class).hasMessageContaining("'sentAt'")
                .hasMessageNotContaining("Garcia");

        assertThatThrownBy(() -> WireFormat.decode("[1, 2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(WireException.class,
                        e -> assertThat(e.error()).isEqualTo(WireError.MALFORMED_MESSAGE));
        assertThatThrownBy(() -> WireFormat.decode("{\"version\":".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(WireException.class,
                        e -> assertThat(e.error()).isEqualTo(WireError.MALFORMED_MESSAGE));
    }

    private static void assertRefused(ObjectNode message, WireError error, String text) throws IOException {
        byte[] json = JSON.writeValueAsBytes(message);
        assertThatThrownBy(() -> WireFormat.decode(json)).isInstanceOfSatisfying(WireException.class, e -> {
            assertThat(e.error()).isEqualTo(error);
            assertThat(e.getMessage()).contains(text);
        });
    }
}
