// SPDX-License-Identifier: Apache-2.0
package org.caseload.core;

/**
 * What a key rotation run did (or, told to its progress listener, has done so far).
 *
 * @param scanned        clients read
 * @param rewritten      clients this run sealed again and whose match keys it digested again under
 *                       the current keys
 * @param alreadyCurrent clients found under the current keys already (by an earlier run, another
 *                       node's run, or because they were written after the keys changed)
 * @param conflicts      rewrites that met a concurrent change and were read and decided again
 * @param cancelled      whether the run stopped before the end; a later run goes on with what is left
 */
public record KeyRotationResult(long scanned, long rewritten, long alreadyCurrent, long conflicts,
                                boolean cancelled) {
}
