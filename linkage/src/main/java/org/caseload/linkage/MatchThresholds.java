// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage;

/**
 * The match probabilities from which a pair is {@link MatchClassification#PROBABLE probable} or
 * {@link MatchClassification#POSSIBLE possible}. A probability here is the Fellegi–Sunter
 * posterior: the chance that a candidate pair is one person given how its fields compared.
 *
 * @param probable at or above it a pair is probable; in (0, 1]
 * @param possible at or above it (and below {@code probable}) a pair is possible; in (0, probable]
 */
public record MatchThresholds(double probable, double possible) {

    /** Probable from even odds (the Bayes decision boundary), possible from one chance in twenty. */
    public static final MatchThresholds DEFAULT = new MatchThresholds(0.5, 0.05);

    /**
     * Checks the components and creates the record.
     *
     * @throws IllegalArgumentException when a value is out of range
     */
    public MatchThresholds {
        if (!(probable > 0 && probable <= 1)) {
            throw new IllegalArgumentException("probable must be in (0, 1], was " + probable);
        }
        if (!(possible > 0 && possible <= probable)) {
            throw new IllegalArgumentException(
                    "possible must be in (0, probable=" + probable + "], was " + possible);
        }
    }

    /** The classification of a match probability, before any rule that caps it. */
    public MatchClassification classify(double probability) {
        if (probability >= probable) {
            return MatchClassification.PROBABLE;
        }
        return probability >= possible ? MatchClassification.POSSIBLE : MatchClassification.UNLIKELY;
    }
}
