// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.junit.jupiter.api.Test;

class PhoneticsTest {

    private static String encoded(String token) {
        DoubleMetaphone encoder = new DoubleMetaphone();
        encoder.setMaxCodeLen(6);
        return encoder.doubleMetaphone(token, false);
    }

    @Test
    void aKeptCodeIsTheEncodersCode() {
        for (String name : List.of("okonkwo", "smith", "schmidt", "nguyen", "xavier", "thompson")) {
            String first = Phonetics.primary(name);
            String again = Phonetics.primary(name);

            assertThat(first).isEqualTo(encoded(name));
            assertThat(again).isEqualTo(first);
        }
        assertThat(Phonetics.primary("")).isEmpty();
        assertThat(Phonetics.primary(null)).isEmpty();
    }

    @Test
    void codesAreKeptForShortTokensOnlyAndUpToTheBound() {
        String longToken = "w".repeat(Phonetics.KEPT_TOKEN_LENGTH) + "okonkwo";
        int before = Phonetics.keptCodes();
        assertThat(Phonetics.primary(longToken)).isEqualTo(encoded(longToken));
        assertThat(Phonetics.keptCodes()).isEqualTo(before);

        for (int i = 0; i <= Phonetics.KEPT_CODES; i++) {
            Phonetics.primary("tok" + Integer.toString(i, 26).replace('0', 'q'));
        }

        assertThat(Phonetics.keptCodes()).isEqualTo(Phonetics.KEPT_CODES);
        String unkept = "zzyzzx" + "abc";
        assertThat(Phonetics.primary(unkept)).isEqualTo(encoded(unkept));
        assertThat(Phonetics.keptCodes()).isEqualTo(Phonetics.KEPT_CODES);
    }
}
