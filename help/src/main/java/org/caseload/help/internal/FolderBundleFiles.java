// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.caseload.spi.error.ConfigurationException;

/** A bundle in a folder of a file system. */
final class FolderBundleFiles implements BundleFiles {

    private final Path folder;

    FolderBundleFiles(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public Optional<InputStream> open(String path) throws IOException {
        BundleFiles.requireInside(path);
        Path file = folder.resolve(path);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        // A symbolic link anywhere on the way (the file, or a folder inside the bundle) could lead
        // out of the bundle, to any file the host's process may read: the real path must be the
        // path itself.
        if (!file.toRealPath().equals(folder.toRealPath().resolve(path))) {
            throw new ConfigurationException(describe(path) + " is a symbolic link or lies under one: "
                    + "a help bundle holds its files itself");
        }
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Optional.of(Files.newInputStream(file,
                LinkOption.NOFOLLOW_LINKS)) : Optional.empty();
    }

    @Override
    public String describe(String path) {
        return folder.resolve(path).toString();
    }
}
