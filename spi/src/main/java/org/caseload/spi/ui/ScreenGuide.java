// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.ui;

import java.util.Objects;

/**
 * Where the Help menu of a screen points: the guide section (a knowledge-base article), the
 * training video and the design tools' documentation.
 *
 * @param screenId              the stable id of the screen, or {@link #ANY_SCREEN} for the guide
 *                              of every screen that has none of its own; required
 * @param documentationArticle  the id of the article that documents the screen; required
 * @param videoUrl              the address of the screen's training video, or null when it has none
 * @param toolDocumentationArticle the id of the article on the design tools for this screen, or
 *                              null to use the one of {@link #ANY_SCREEN}
 */
public record ScreenGuide(String screenId, String documentationArticle, String videoUrl,
                          String toolDocumentationArticle) {

    /** The screen id of the guide that holds for every screen without one of its own. */
    public static final String ANY_SCREEN = "*";

    public ScreenGuide {
        Objects.requireNonNull(screenId, "screenId");
        Objects.requireNonNull(documentationArticle, "documentationArticle");
    }
}
