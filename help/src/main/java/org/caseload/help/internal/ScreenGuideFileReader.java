// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.caseload.spi.ui.ScreenGuide;

/**
 * Reads a bundle's {@code screens.json}: an array of
 * {@code {"screen", "documentation", "video" (optional), "toolDocumentation" (optional)}}, where
 * {@code "screen": "*"} is the guide of every screen without one of its own.
 */
final class ScreenGuideFileReader {

    private static final Set<String> MEMBERS = Set.of("screen", "documentation", "video", "toolDocumentation");

    private ScreenGuideFileReader() {
    }

    static List<ScreenGuide> read(JsonFile file) throws IOException {
        List<ScreenGuide> guides = new ArrayList<>();
        for (JsonEntries.Entry entry : JsonEntries.read(file, "screen", MEMBERS)) {
            guides.add(new ScreenGuide(entry.required("screen"), entry.required("documentation"),
                    entry.optional("video"), entry.optional("toolDocumentation")));
        }
        return guides;
    }
}
