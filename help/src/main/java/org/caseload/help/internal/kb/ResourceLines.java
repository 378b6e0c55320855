// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The lines of a text file shipped beside these classes, without blank lines and {@code #} comments. */
final class ResourceLines {

    private ResourceLines() {
    }

    /** The lines of a file that must ship with the module. */
    static List<String> read(String name) {
        return readIfPresent(name).orElseThrow(() -> new IllegalStateException(name + " is missing from the module"));
    }

    /** The lines of a file, or empty when the module does not ship one by that name. */
    static Optional<List<String>> readIfPresent(String name) {
        try (InputStream in = ResourceLines.class.getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String content = line.strip();
                if (!content.isEmpty() && !content.startsWith("#")) {
                    lines.add(content);
                }
            }
            return Optional.of(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(name + " could not be read from the module", e);
        }
    }
}
