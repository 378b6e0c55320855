// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.caseload.help.ContentProblem;

/**
 * Finds the links to missing articles and the missing images of article versions. An article
 * exists when any version of it does; an image when the content source holds it for the
 * product or for the version's organization.
 */
final class ContentCheck {

    /** Whether the content holds an image, for an organization (null for the product's). */
    @FunctionalInterface
    interface Images {
        boolean exists(String organizationId, String path);
    }

    private ContentCheck() {
    }

    /**
     * @param articleIds the ids of every article the content holds
     */
    static List<ContentProblem> problems(Collection<ParsedArticle> versions, Set<String> articleIds, Images images) {
        List<ContentProblem> problems = new ArrayList<>();
        for (ParsedArticle version : versions) {
            problems.addAll(problems(version, articleIds, images));
        }
        return List.copyOf(problems);
    }

    static List<ContentProblem> problems(ParsedArticle version, Set<String> articleIds, Images images) {
        ArticleReferences.Found found = ArticleReferences.in(version.article().body());
        List<ContentProblem> problems = new ArrayList<>();
        for (String target : found.articleIds()) {
            if (!articleIds.contains(target)) {
                problems.add(problem(version, ContentProblem.Kind.MISSING_ARTICLE, target));
            }
        }
        for (String path : found.images()) {
            boolean held = images.exists(null, path)
                    || version.organizationId() != null && images.exists(version.organizationId(), path);
            if (!held) {
                problems.add(problem(version, ContentProblem.Kind.MISSING_IMAGE, path));
            }
        }
        return problems;
    }

    private static ContentProblem problem(ParsedArticle version, ContentProblem.Kind kind, String target) {
        return new ContentProblem(version.id(), version.organizationId(), version.locale(), kind, target);
    }
}
