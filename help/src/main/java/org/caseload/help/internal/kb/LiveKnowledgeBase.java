// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.caseload.core.internal.Kernel;
import org.caseload.help.Article;
import org.caseload.help.ContentProblem;
import org.caseload.help.KnowledgeBase;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.help.ArticleRevision;
import org.caseload.spi.ui.HelpContentSource;
import org.caseload.spi.ui.SearchSynonyms;

/**
 * The knowledge base readers use: the bundle's articles with the organizations' published
 * revisions laid over them. The index is immutable; when a revision is published or reverted it
 * is rebuilt from the bundle and the stored published revisions, and swapped in whole, so a
 * reader sees either the index before or the one after. Thread-safe.
 */
public final class LiveKnowledgeBase {

    private final Kernel kernel;
    private final List<ParsedArticle> bundle;
    private final BundleImages images;
    private final List<SearchSynonyms> synonyms;
    private volatile DefaultKnowledgeBase current;

    private LiveKnowledgeBase(Kernel kernel, List<ParsedArticle> bundle, BundleImages images,
                              List<SearchSynonyms> synonyms) {
        this.kernel = kernel;
        this.bundle = bundle;
        this.images = images;
        this.synonyms = synonyms;
        this.current = build();
    }

    /**
     * Parses the bundle's articles, reads the published revisions from storage and indexes both.
     *
     * @throws org.caseload.spi.error.ConfigurationException naming the article at fault
     */
    public static LiveKnowledgeBase over(Kernel kernel, HelpContentSource content) {
        List<SearchSynonyms> synonyms = Objects.requireNonNull(content.searchSynonyms(),
                "the help content source returned null search synonyms");
        return new LiveKnowledgeBase(kernel, ArticleLoader.load(content.articles()), new BundleImages(content),
                List.copyOf(synonyms));
    }

    /** Indexes again, after a revision was published or reverted. */
    void reload() {
        current = build();
    }

    private DefaultKnowledgeBase build() {
        // Read outside any service call: the published revisions of every organization are shared
        // content, loaded at start and after a publication.
        List<ArticleRevision> published = kernel.storage().inTransaction(session -> session.articleRevisions()
                .published());
        return DefaultKnowledgeBase.over(kernel, bundle, published, synonyms, images);
    }

    /** The index as it is now. */
    DefaultKnowledgeBase current() {
        return current;
    }

    /** The problems of a revision's text, against the articles indexed now. */
    List<ContentProblem> problemsOf(ParsedArticle version) {
        return current.problemsOf(version, images);
    }

    /** The ids of every article the content holds, in any locale and organization. */
    public Set<String> articleIds() {
        return current.articleIds();
    }

    /** The published version of an article a reader sees: never a draft. */
    public Optional<Article> published(Principal reader, String articleId) {
        return current.published(reader, articleId);
    }

    /**
     * The knowledge base as readers call it: each call goes to the index as it is at that moment.
     * A proxy rather than one forwarding method per operation, so that the interface grows in one place.
     */
    public KnowledgeBase readers() {
        return (KnowledgeBase) Proxy.newProxyInstance(KnowledgeBase.class.getClassLoader(),
                new Class<?>[] {KnowledgeBase.class}, (proxy, method, arguments) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(this, arguments);
                    }
                    try {
                        return method.invoke(current, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
