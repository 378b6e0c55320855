// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.caseload.linkage.internal.JaroWinkler;
import org.junit.jupiter.api.Test;

class JaroWinklerTest {

    private static final JaroWinklerSimilarity REFERENCE = new JaroWinklerSimilarity();

    @Test
    void givesTheSameFiguresAsCommonsTextOnNamesAndRandomStrings() {
        String[] names = {"martha", "marhta", "dwayne", "duane", "dixon", "dicksonx", "harrington", "harringtn",
            "jon", "john", "a", "ab", "", "x", "smith", "smithh", "okonkwo", "okonkow"};
        for (String a : names) {
            for (String b : names) {
                assertThat(JaroWinkler.similarity(a, b)).as(a + " / " + b).isEqualTo(REFERENCE.apply(a, b));
            }
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            String a = randomString(random, 1 + random.nextInt(i % 100 == 0 ? 90 : 12));
            String b = random.nextBoolean() ? a.substring(0, random.nextInt(a.length() + 1)) + randomString(random, 2)
                    : randomString(random, 1 + random.nextInt(i % 100 == 0 ? 90 : 12));
            assertThat(JaroWinkler.similarity(a, b)).as(a + " / " + b).isEqualTo(REFERENCE.apply(a, b));
        }
    }

    private static String randomString(SplittableRandom random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(5)));
        }
        return text.toString();
    }
}
