// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.caseload.spi.ui.HelpContentSource;

/**
 * Which images the content source holds, each asked once: a source reads its files on every call,
 * and the same image is named by many articles and checked again on every published revision.
 * Thread-safe.
 */
final class BundleImages implements ContentCheck.Images {

    /** An image's place: organization ({@code ""} for the product) and path. */
    private record Place(String organizationId, String path) {
    }

    private final HelpContentSource content;
    private final Map<Place, Boolean> held = new ConcurrentHashMap<>();

    BundleImages(HelpContentSource content) {
        this.content = content;
    }

    @Override
    public boolean exists(String organizationId, String path) {
        return held.computeIfAbsent(new Place(organizationId == null ? "" : organizationId, path),
                place -> content.image(organizationId, path).isPresent());
    }
}
