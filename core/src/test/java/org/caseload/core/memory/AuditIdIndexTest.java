// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The audit log's index of ids answers as a set of the ids would, through growth and removals. */
class AuditIdIndexTest {

    private final List<String> log = new ArrayList<>();
    private final AuditIdIndex index = new AuditIdIndex(log::get);

    @Test
    void findsEveryIdAddedAndNoOther() {
        for (int i = 0; i < 5_000; i++) {
            append("entry-" + i);
        }

        assertThat(log).allSatisfy(id -> assertThat(index.contains(id)).isTrue());
        assertThat(index.contains("entry-5000")).isFalse();
    }

    /** Ids of one hash collide on purpose: "Aa" and "BB" hash alike, and so do their concatenations. */
    @Test
    void idsOfOneHashAreToldApart() {
        List<String> colliding = List.of("AaAa", "AaBB", "BBAa", "BBBB");
        colliding.forEach(this::append);

        index.remove("AaBB");

        assertThat(index.contains("AaAa")).isTrue();
        assertThat(index.contains("AaBB")).isFalse();
        assertThat(index.contains("BBAa")).isTrue();
        assertThat(index.contains("BBBB")).isTrue();
    }

    /** Undone appends go last first, as the undo log runs; any removal must keep the others found. */
    @Test
    void answersAsASetThroughRandomAddsAndRemovals() {
        Random random = new Random(7);
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String id = Integer.toString(random.nextInt(3_000), 36) + "/" + i % 3;
            if (random.nextInt(3) == 0 && !expected.isEmpty()) {
                String gone = log.get(random.nextInt(log.size()));
                index.remove(gone);
                expected.remove(gone);
            } else if (!index.contains(id)) {
                append(id);
                expected.add(id);
            }
        }

        assertThat(log).allSatisfy(id -> assertThat(index.contains(id)).isEqualTo(expected.contains(id)));
    }

    private void append(String id) {
        index.add(id, log.size());
        log.add(id);
    }
}
