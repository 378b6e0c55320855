// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients.internal;

import org.caseload.core.Permission;
import org.caseload.core.internal.CallContext;
import org.caseload.linkage.MatchSubject;

/**
 * Whether a search or an intake check may compare the SSN it was given. A caller who may not
 * reveal SSNs could otherwise learn one by guessing: whether a client is found, ranked higher or
 * classified differently would confirm the guess. For such a caller the SSN is dropped before any
 * key is computed or any candidate scored, so that results, ranking, scores and verdicts are those
 * of the same request without it; the call's audit entry marks it as an SSN probe.
 */
final class SsnComparison {

    /** The audit remark of a call whose SSN was not compared. */
    static final String PROBE = "SSN probe: not compared without client.ssn.reveal";

    private SsnComparison() {
    }

    /** Whether the caller may have an SSN compared. */
    static boolean allowed(CallContext context) {
        return context.principal().hasPermission(Permission.CLIENT_SSN_REVEAL.key());
    }

    /** The subject as the caller may have it compared: without its SSN unless the caller may reveal SSNs. */
    static MatchSubject forCaller(CallContext context, MatchSubject subject) {
        if (subject.ssn() == null || allowed(context)) {
            return subject;
        }
        return subject.withoutSsn();
    }

    /** The audit remark for a call that was given an SSN: the probe mark when it was not compared. */
    static String remark(CallContext context, boolean ssnGiven, String detail) {
        return ssnGiven && !allowed(context) ? detail + "; " + PROBE : detail;
    }
}
