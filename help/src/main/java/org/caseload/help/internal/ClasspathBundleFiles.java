// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Optional;

/** A bundle in a classpath folder, found through one class loader. */
final class ClasspathBundleFiles implements BundleFiles {

    /** The folder's resource name prefix: empty, or ending in {@code /}. */
    private final String prefix;
    private final ClassLoader loader;

    /** @param folder a resource folder such as {@code help} or {@code /help/}; empty for the root */
    ClasspathBundleFiles(String folder, ClassLoader loader) {
        String trimmed = folder.replaceAll("^/+|/+$", "");
        this.prefix = trimmed.isEmpty() ? "" : trimmed + "/";
        this.loader = loader;
    }

    @Override
    public Optional<InputStream> open(String path) throws IOException {
        BundleFiles.requireInside(path);
        URL resource = loader.getResource(prefix + path);
        return resource == null ? Optional.empty() : Optional.of(resource.openStream());
    }

    @Override
    public String describe(String path) {
        return "classpath:" + prefix + path;
    }
}
