// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage;

import java.util.Locale;
import org.caseload.linkage.internal.FellegiSunterParameters;
import org.caseload.linkage.internal.ScoringVariable;

/**
 * The weights of a Fellegi–Sunter model: for each piece of evidence (a field, or the address as a
 * whole) how likely each agreement level is among pairs that are one person (m) and among pairs
 * that are two (u), and how common matches are among candidate pairs. Estimated from a host's own
 * records by {@link MatchEngine#estimateModel}, without labels; {@link #standard()} holds fixed
 * weights for when there are too few records to estimate from. Immutable and thread-safe.
 */
public final class MatchModel {

    private static final String[] LEVEL_NAMES = {"agree", "partial", "disagree"};

    private final FellegiSunterParameters parameters;
    private final boolean nameFrequencies;

    MatchModel(FellegiSunterParameters parameters) {
        this(parameters, false);
    }

    /** A model whose scores adjust agreeing first names and surnames by how common they are, or not. */
    MatchModel(FellegiSunterParameters parameters, boolean nameFrequencies) {
        this.parameters = parameters;
        this.nameFrequencies = nameFrequencies;
    }

    /**
     * Fixed weights of the usual magnitude for person records: agreement on a field is far more
     * common among matches (m ≈ 0.9) than among non-matches (u from 0.5 for gender down to 0.001
     * for an SSN), and one candidate pair in a thousand is a match: an intake check compares one
     * person with every client sharing a blocking key, and a name and birth year are shared by
     * many people, so a match is rare among them and a same-named client with another date of birth
     * is only possible.
     */
    public static MatchModel standard() {
        double[][] m = {
            {0.88, 0.09, 0.03}, {0.70, 0.15, 0.15}, {0.88, 0.09, 0.03}, {0.90, 0.07, 0.03},
            {0.95, 0.03, 0.02}, {0.95, 0.03, 0.02}, {0.95, 0.00001, 0.04999}, {0.80, 0.12, 0.08},
        };
        double[][] u = {
            {0.01, 0.04, 0.95}, {0.05, 0.10, 0.85}, {0.005, 0.025, 0.97}, {0.002, 0.01, 0.988},
            {0.0001, 0.001, 0.9989}, {0.0001, 0.001, 0.9989}, {0.5, 0.00001, 0.49999}, {0.01, 0.05, 0.94},
        };
        return new MatchModel(new FellegiSunterParameters(m, u, 0.001, 0));
    }

    FellegiSunterParameters parameters() {
        return parameters;
    }

    /** Whether scores adjust exact agreement on first names and surnames by the names' frequencies. */
    boolean nameFrequencies() {
        return nameFrequencies;
    }

    /** The share of matches among the candidate pairs the model was estimated on. */
    public double prior() {
        return parameters.prior();
    }

    /** The EM iterations the estimate took; 0 for {@link #standard()}. */
    public int iterations() {
        return parameters.iterations();
    }

    /** A table of the m and u probabilities and weights, one line per piece of evidence; no personal data. */
    public String describe() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "prior %.5f after %d EM iterations%n", parameters.prior(), parameters.iterations()));
        for (ScoringVariable variable : ScoringVariable.values()) {
            table.append(String.format(Locale.ROOT, "%-14s", variable.name().toLowerCase(Locale.ROOT)));
            for (int level = 0; level < LEVEL_NAMES.length; level++) {
                double m = parameters.m()[variable.ordinal()][level];
                double u = parameters.u()[variable.ordinal()][level];
                table.append(String.format(Locale.ROOT, "  %s m=%.4f u=%.4f w=%+6.2f", LEVEL_NAMES[level], m, u,
                        Math.log(m / u) / Math.log(2)));
            }
            table.append(System.lineSeparator());
        }
        return table.toString();
    }

    @Override
    public String toString() {
        return "MatchModel[prior=" + parameters.prior() + ", iterations=" + parameters.iterations() + "]";
    }
}
