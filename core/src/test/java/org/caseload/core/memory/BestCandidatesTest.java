// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BestCandidatesTest {

    private record Hit(String id, int hits) {
    }

    @Test
    void keepsTheSameBestAsSortingEveryCandidateWhateverTheOrderTheyComeIn() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<Hit> all = new ArrayList<>();
            int count = random.nextInt(300);
            for (int i = 0; i < count; i++) {
                all.add(new Hit(String.format("c%05d", random.nextInt(100_000)) + i, 1 + random.nextInt(4)));
            }
            Collections.shuffle(all, random);
            int limit = 1 + random.nextInt(50);
            MemoryClientStore.BestCandidates kept = new MemoryClientStore.BestCandidates(limit);
            for (Hit hit : all) {
                if (kept.admits(hit.hits(), hit.id())) {
                    kept.add(hit.hits(), hit.id());
                }
            }
            List<String> expected = all.stream()
                    .sorted(Comparator.comparingInt(Hit::hits).reversed().thenComparing(Hit::id))
                    .limit(limit).map(Hit::id).toList();
            assertThat(kept.bestFirst()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void admitsOnlyABetterCandidateOnceFull() {
        MemoryClientStore.BestCandidates kept = new MemoryClientStore.BestCandidates(2);
        kept.add(2, "b");
        kept.add(1, "c");
        assertThat(kept.admits(1, "d")).isFalse();
        assertThat(kept.admits(1, "a")).isTrue();
        assertThat(kept.admits(3, "z")).isTrue();
        kept.add(1, "a");
        assertThat(kept.bestFirst()).containsExactly("b", "a");
    }
}
