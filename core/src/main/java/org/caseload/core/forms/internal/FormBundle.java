// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.forms.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the files of a form bundle are read from: a classpath folder or a file-system folder. */
interface FormBundle {

    /** The file at a path relative to the bundle, opened; empty when there is none. */
    Optional<InputStream> open(String path) throws IOException;

    /** How messages name the file at a path relative to the bundle. */
    String describe(String path);

    /** A bundle in a classpath folder such as {@code forms} or {@code /forms/}; empty for the root. */
    static FormBundle onClasspath(String folder, ClassLoader loader) {
        String trimmed = folder.replaceAll("^/+|/+$", "");
        String prefix = trimmed.isEmpty() ? "" : trimmed + "/";
        return new FormBundle() {
            @Override
            public Optional<InputStream> open(String path) throws IOException {
                URL resource = loader.getResource(prefix + path);
                return resource == null ? Optional.empty() : Optional.of(resource.openStream());
            }

            @Override
            public String describe(String path) {
                return "classpath:" + prefix + path;
            }
        };
    }

    /** A bundle in a folder of a file system. */
    static FormBundle inFolder(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        return new FormBundle() {
            @Override
            public Optional<InputStream> open(String path) throws IOException {
                Path file = root.resolve(path);
                return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
            }

            @Override
            public String describe(String path) {
                return root.resolve(path).toString();
            }
        };
    }
}
