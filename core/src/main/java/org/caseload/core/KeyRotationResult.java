// SPDX-License-Identifier: Apache-2.0
package org.caseload.core;

/**
 * What a key rotation run did (or, told to its progress listener, has done so far). It counts
 * records and values, never says which: it names no client and holds no personal data.
 *
 * @param scanned              clients read
 * @param rewritten            clients this run sealed again and whose match keys it digested again
 *                             under the current keys
 * @param alreadyCurrent       clients found under the current keys already (by an earlier run,
 *                             another node's run, or because they were written after the keys changed)
 * @param enrollmentsScanned   enrollments read (those of the clients read)
 * @param enrollmentsRewritten enrollments whose sensitive form values this run sealed again
 * @param valuesResealed       SSNs and sensitive form values, of clients and enrollments, this run
 *                             sealed under the current key (sealed under another key before, or
 *                             stored before encryption)
 * @param matchKeysRedigested  SSN match keys this run found under another key (or under none) and
 *                             digested again under the current key
 * @param conflicts            rewrites that met a concurrent change and were read and decided again
 * @param cancelled            whether the run stopped before the end; a later run goes on with what
 *                             is left
 */
public record KeyRotationResult(long scanned, long rewritten, long alreadyCurrent, long enrollmentsScanned,
                                long enrollmentsRewritten, long valuesResealed, long matchKeysRedigested,
                                long conflicts, boolean cancelled) {
}
