// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

/** The contract of the stores {@code caseload-help} contributes: article feedback, search misses,
 * article revisions and suggestion events. */
public interface HelpStorageContract extends ArticleFeedbackStoreContract, SearchMissStoreContract,
        ArticleRevisionStoreContract, SuggestionEventStoreContract {
}
