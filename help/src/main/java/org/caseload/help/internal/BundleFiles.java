// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

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
}
