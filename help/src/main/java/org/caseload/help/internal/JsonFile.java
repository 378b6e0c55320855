// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import org.caseload.spi.error.ConfigurationException;

/**
 * One JSON file of a help bundle, read token by token. Every problem with it, whether the parser
 * finds it (the text is not JSON, a member is repeated) or a format reader does (the JSON is not
 * what the format expects), becomes a {@link ConfigurationException} that names the file, the line
 * and the column. Not thread-safe; lives while its file is read.
 */
final class JsonFile {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Reads a file's one JSON value into what a format describes. */
    @FunctionalInterface
    interface Reader<T> {
        T read(JsonFile file) throws IOException;
    }

    private final String name;
    private final JsonParser parser;

    private JsonFile(String name, JsonParser parser) {
        this.name = name;
        this.parser = parser;
    }

    /**
     * Reads the content, which holds one JSON value, and closes it.
     *
     * @param name how messages name the file
     * @throws ConfigurationException when the content cannot be read, is not JSON, or does not
     *         fit the reader's format
     */
    static <T> T read(String name, InputStream content, Reader<T> reader) {
        try (InputStream in = content; JsonParser parser = MAPPER.createParser(in)) {
            JsonFile file = new JsonFile(name, parser);
            T value = reader.read(file);
            if (file.next() != null) {
                throw file.fail(file.location(), "the file must hold one JSON value, but more follows it");
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

    /**
     * Checks that the current token is the one expected.
     *
     * @param expectation what the format requires here, such as {@code "tips" must be an array}
     */
    void require(JsonToken expected, String expectation) {
        JsonToken found = parser.currentToken();
        if (found != expected) {
            throw fail(location(), expectation + ", not " + describe(found));
        }
    }

    /** Where the current token starts. */
    JsonLocation location() {
        return parser.currentTokenLocation();
    }

    /** The name of the current member. */
    String memberName() throws IOException {
        return parser.currentName();
    }

    /** The text of the current string value. */
    String text() throws IOException {
        return parser.getText();
    }

    /** Reads the value that starts at the current token, whole, and moves past it. */
    JsonNode readValue() throws IOException {
        return parser.readValueAsTree();
    }

    /** A failure of this file at a place in it. */
    ConfigurationException fail(JsonLocation at, String problem) {
        return new ConfigurationException(name + position(at) + ": " + problem);
    }

    private static String position(JsonLocation location) {
        return location == null || location.getLineNr() < 1
                ? ""
                : ", line " + location.getLineNr() + ", column " + location.getColumnNr();
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
            case FIELD_NAME -> "a member name";
            case END_OBJECT -> "the end of an object";
            case END_ARRAY -> "the end of an array";
            default -> token.name();
        };
    }
}
