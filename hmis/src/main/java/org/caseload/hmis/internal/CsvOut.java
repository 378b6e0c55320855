// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one CSV file as HUD's exports are written: UTF-8 without a byte-order mark, lines ended
 * by CR LF, a field quoted only when it holds a comma, a quote, a line break or surrounding spaces,
 * its quotes doubled.
 */
final class CsvOut implements AutoCloseable {

    private final Writer writer;
    private final String name;

    CsvOut(Path path) {
        this.name = path.getFileName().toString();
        try {
            this.writer = new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot be written", e);
        }
    }

    void write(List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    writer.write(',');
                }
                writer.write(field(fields.get(i)));
            }
            writer.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot be written", e);
        }
    }

    static String field(String value) {
        boolean quote = !value.isEmpty() && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ');
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot be written", e);
        }
    }
}
