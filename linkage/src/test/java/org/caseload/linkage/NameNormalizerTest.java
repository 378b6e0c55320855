// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import org.caseload.linkage.internal.NameNormalizer;
import org.junit.jupiter.api.Test;

class NameNormalizerTest {

    @Test
    void foldsCaseAccentsAndPunctuation() {
        assertThat(NameNormalizer.fold("  José  O'Brien. ")).isEqualTo("jose obrien");
        assertThat(NameNormalizer.fold("MÜLLER")).isEqualTo("muller");
    }

    @Test
    void splitsHyphenatedPartsIntoTokens() {
        assertThat(NameNormalizer.tokens("García-López")).containsExactly("garcia", "lopez");
        assertThat(NameNormalizer.tokens("Mary–Jane  Smith")).containsExactly("mary", "jane", "smith");
    }

    @Test
    void compactsMultiPartNames() {
        assertThat(NameNormalizer.compact("De La Cruz")).isEqualTo(NameNormalizer.compact("delacruz"));
    }

    @Test
    void plainLettersAndDigitsOnlyLoseTheirCaseAndTheCharactersBesideThemInAsciiStillVanish() {
        assertThat(NameNormalizer.fold("McDonald2")).isEqualTo("mcdonald2");
        assertThat(NameNormalizer.fold("Z[a`z{9@/0:")).isEqualTo("zaz9 0");
        assertThat(NameNormalizer.tokens("Okonkwo")).containsExactly("okonkwo");
    }

    @Test
    void nullAndBlankBecomeEmpty() {
        assertThat(NameNormalizer.fold(null)).isEmpty();
        assertThat(NameNormalizer.fold(" \t ")).isEmpty();
        assertThat(NameNormalizer.tokens("-.-")).isEmpty();
    }
}
