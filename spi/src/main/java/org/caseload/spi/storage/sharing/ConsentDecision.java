// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.storage.sharing;

/** What a client decided about releasing their information to an organization. */
public enum ConsentDecision {
    /** The client allows it, until the consent's last day. */
    GRANTED,
    /** The client refuses it; a refusal stands until it is revoked. */
    REFUSED
}
