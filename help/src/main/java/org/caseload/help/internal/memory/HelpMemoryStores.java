// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.memory;

import org.caseload.core.memory.MemoryStoreProvider;
import org.caseload.core.memory.MemoryStores;
import org.caseload.spi.storage.help.ArticleFeedbackStore;
import org.caseload.spi.storage.help.SearchMissStore;
import org.caseload.spi.storage.help.ArticleRevisionStore;
import org.caseload.spi.storage.help.SuggestionEventStore;

/** Help's in-memory stores: article feedback and searches that found nothing. */
public final class HelpMemoryStores implements MemoryStoreProvider {

    @Override
    public void contribute(MemoryStores stores) {
        stores.add(ArticleFeedbackStore.class, new MemoryArticleFeedbackStore()::bind);
        stores.add(SearchMissStore.class, new MemorySearchMissStore()::bind);
        stores.add(ArticleRevisionStore.class, new MemoryArticleRevisionStore()::bind);
        stores.add(SuggestionEventStore.class, new MemorySuggestionEventStore()::bind);
    }
}
