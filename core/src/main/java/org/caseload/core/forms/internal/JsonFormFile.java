// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.forms.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.caseload.spi.error.ConfigurationException;

/**
 * One JSON file of a form bundle, read with Jackson's streaming parser so that every problem can
 * name its place. Whatever is wrong with the file, whether the parser finds it (not JSON, a
 * repeated member) or a reader does (a member of the wrong kind, an inconsistent field), becomes
 * a {@link ConfigurationException} naming the file, the line and the column. Not thread-safe;
 * lives while its file is read.
 */
final class JsonFormFile {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Limits such as 0.1 must not pass through a double.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** Reads a file's one JSON value into what a format describes. */
    @FunctionalInterface
    interface Reader<T> {
        T read(JsonFormFile file) throws IOException;
    }

    /** A member's value and where the value starts. */
    record Member(String name, JsonNode value, JsonLocation location) {
    }

    private final String name;
    private final JsonParser parser;

    private JsonFormFile(String name, JsonParser parser) {
        this.name = name;
        this.parser = parser;
    }

    /**
     * Reads the content, which holds one JSON value, and closes it.
     *
     * @param name how messages name the file
     */
    static <T> T read(String name, InputStream content, Reader<T> reader) {
        try (InputStream in = content; JsonParser parser = MAPPER.createParser(in)) {
            JsonFormFile file = new JsonFormFile(name, parser);
            T value = reader.read(file);
            if (parser.nextToken() != null) {
                throw file.fail(parser.currentTokenLocation(),
                        "the file must hold one JSON value, but more follows it");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new ConfigurationException(name + position(e.getLocation()) + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ConfigurationException(name + " could not be read: " + e.getMessage(), e);
        }
    }

    /** Moves to the next token and returns it; null at the end of the file. */
    JsonToken next() throws IOException {
        return parser.nextToken();
    }

    /** Where the current token starts. */
    JsonLocation location() {
        return parser.currentTokenLocation();
    }

    /** Fails unless the current token is {@code expected}. */
    void require(JsonToken expected, String expectation) {
        if (parser.currentToken() != expected) {
            throw fail(location(), expectation + ", not " + describe(parser.currentToken()));
        }
    }

    /** The name of the current member. */
    String memberName() throws IOException {
        return parser.currentName();
    }

    /** Reads the value that starts at the current token, whole, and moves past it. */
    Member readMember(String member) throws IOException {
        JsonLocation at = location();
        return new Member(member, parser.readValueAsTree(), at);
    }

    /**
     * Reads the object that starts at the current token, member by member, whole, keyed by
     * member name in file order. Nested objects and arrays come back as trees.
     */
    Map<String, Member> readObject(String expectation) throws IOException {
        require(JsonToken.START_OBJECT, expectation);
        Map<String, Member> members = new LinkedHashMap<>();
        while (next() == JsonToken.FIELD_NAME) {
            String member = parser.currentName();
            next();
            members.put(member, readMember(member));
        }
        return members;
    }

    /** A failure of this file at a place in it. */
    ConfigurationException fail(JsonLocation at, String problem) {
        return new ConfigurationException(name + position(at) + ": " + problem);
    }

    /** What kind of JSON value a tree is, for messages. */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        return "null";
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }

    private static String position(JsonLocation location) {
        return location == null || location.getLineNr() < 1
                ? ""
                : ", line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
