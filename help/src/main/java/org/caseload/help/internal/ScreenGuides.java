// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.ui.ScreenGuide;

/**
 * Where each screen's Help menu points, each part falling back to the guide of
 * {@link ScreenGuide#ANY_SCREEN}. Checked when built: one guide per screen, absolute video
 * addresses, and articles that the knowledge base holds. Immutable and thread-safe.
 */
final class ScreenGuides {

    private final Map<String, ScreenGuide> byScreen;

    private ScreenGuides(Map<String, ScreenGuide> byScreen) {
        this.byScreen = byScreen;
    }

    /**
     * @param articleIds the ids of the knowledge base's articles
     * @throws ConfigurationException naming the screen at fault, for every problem found
     */
    static ScreenGuides of(List<ScreenGuide> guides, Set<String> articleIds) {
        Map<String, ScreenGuide> byScreen = new HashMap<>();
        Problems problems = new Problems();
        for (ScreenGuide guide : guides) {
            problems.check(() -> {
                if (byScreen.putIfAbsent(guide.screenId(), guide) != null) {
                    throw new ConfigurationException("screen " + guide.screenId() + " has two guides");
                }
            });
            problems.check(() -> requireArticle(guide, guide.documentationArticle(), articleIds));
            problems.check(() -> requireArticle(guide, guide.toolDocumentationArticle(), articleIds));
            if (guide.videoUrl() != null) {
                problems.check(() -> video(guide));
            }
        }
        problems.throwIfAny("the screen guides");
        return new ScreenGuides(Map.copyOf(byScreen));
    }

    /** The article documenting the screen. */
    Optional<String> documentation(String screenId) {
        return part(screenId, ScreenGuide::documentationArticle);
    }

    /** The screen's training video. */
    Optional<URI> video(String screenId) {
        return part(screenId, ScreenGuide::videoUrl).map(url -> URI.create(url));
    }

    /** The design tools' article for the screen. */
    Optional<String> toolDocumentation(String screenId) {
        return part(screenId, ScreenGuide::toolDocumentationArticle);
    }

    private Optional<String> part(String screenId, Function<ScreenGuide, String> part) {
        return Optional.ofNullable(byScreen.get(screenId)).map(part)
                .or(() -> Optional.ofNullable(byScreen.get(ScreenGuide.ANY_SCREEN)).map(part));
    }

    private static void requireArticle(ScreenGuide guide, String articleId, Set<String> articleIds) {
        if (articleId != null && !articleIds.contains(articleId)) {
            throw new ConfigurationException("the guide of screen " + guide.screenId() + " names article "
                    + articleId + ", which the knowledge base does not hold");
        }
    }

    private static void video(ScreenGuide guide) {
        try {
            URI url = new URI(guide.videoUrl());
            // A host puts the address in a link: javascript:, data: or file: would run or read there.
            if (!url.isAbsolute() || !("http".equalsIgnoreCase(url.getScheme())
                    || "https".equalsIgnoreCase(url.getScheme())) || url.getHost() == null) {
                throw new ConfigurationException("the video of screen " + guide.screenId()
                        + " must be an absolute http or https address, not " + guide.videoUrl());
            }
        } catch (URISyntaxException e) {
            throw new ConfigurationException("the video of screen " + guide.screenId() + " is not an address: "
                    + e.getMessage(), e);
        }
    }
}
