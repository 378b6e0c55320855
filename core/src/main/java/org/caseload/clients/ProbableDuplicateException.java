// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import java.util.List;
import org.caseload.linkage.ScoredPair;
import org.caseload.spi.error.CaseloadException;
import org.caseload.spi.error.ErrorCode;

/**
 * Registering was refused because the person is probably a client already: nothing was created.
 * Show the caller the {@link #matches()}, and register again with
 * {@link RegisterClient#confirmingDuplicates()} if they are sure it is someone else.
 * Carries client ids and field agreements only, never personal data.
 */
public final class ProbableDuplicateException extends CaseloadException {
    private static final long serialVersionUID = 1L;

    private final transient List<ScoredPair> matches;

    public ProbableDuplicateException(List<ScoredPair> matches) {
        super(ErrorCode.PROBABLE_DUPLICATE, matches.size() + " probable duplicate(s): "
                + matches.stream().map(ScoredPair::idB).toList());
        this.matches = List.copyOf(matches);
    }

    /** The probable duplicates, best first; {@code idB} of each is a client id. */
    public List<ScoredPair> matches() {
        return matches;
    }
}
