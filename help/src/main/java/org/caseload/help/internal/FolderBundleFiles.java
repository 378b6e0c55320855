// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A bundle in a folder of a file system. */
final class FolderBundleFiles implements BundleFiles {

    private final Path folder;

    FolderBundleFiles(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public Optional<InputStream> open(String path) throws IOException {
        Path file = folder.resolve(path);
        return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
    }

    @Override
    public String describe(String path) {
        return folder.resolve(path).toString();
    }
}
