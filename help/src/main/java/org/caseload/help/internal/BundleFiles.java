// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import org.caseload.spi.error.ConfigurationException;

/**
 * Where the files of a help bundle are kept. Paths are relative to the bundle and separated by
 * {@code /}, such as {@code organizations/org-a/tooltips.json}. Implementations are immutable and
 * thread-safe.
 */
interface BundleFiles {

    /** The content of the file at this path, for the caller to close; empty when there is no such file. */
    Optional<InputStream> open(String path) throws IOException;

    /** How messages name the file at this path. */
    String describe(String path);

    /**
     * Refuses a path that could leave the bundle: absolute, with a {@code ..}, {@code .} or empty
     * segment, a backslash or a control character. Bundle content names files (an article list
     * names its articles), so a path is as trustworthy as the bundle's least careful author.
     *
     * @throws ConfigurationException naming the path's shape
     */
    static void requireInside(String path) {
        boolean inside = !path.isEmpty() && !path.startsWith("/")
                && path.chars().noneMatch(c -> c == '\\' || c < 0x20)
                && Arrays.stream(path.split("/", -1)).noneMatch(segment -> segment.isEmpty() || segment.equals(".")
                        || segment.equals("..") || segment.contains(":"));
        if (!inside) {
            throw new ConfigurationException("help bundle path \"" + path.replaceAll("\\p{Cntrl}", "?")
                    + "\" leaves the bundle: paths are relative, separated by /, without . or .. segments");
        }
    }
}
