// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdTableTest {

    @Test
    void keepsTheFirstNumberOfEachHashThroughGrowth() {
        IdTable table = new IdTable();
        for (int i = 0; i < 100_000; i++) {
            assertThat(table.putIfAbsent(DuplicateIds.hash("C" + i), i)).isEqualTo(IdTable.ABSENT);
        }
        assertThat(table.putIfAbsent(DuplicateIds.hash("C7"), 5)).isEqualTo(7);
        assertThat(table.size()).isEqualTo(100_000);
        for (int i = 0; i < 100_000; i++) {
            assertThat(table.get(DuplicateIds.hash("C" + i))).isEqualTo(i);
        }
        assertThat(table.get(DuplicateIds.hash("C100000"))).isEqualTo(IdTable.ABSENT);
    }

    @Test
    void hashesThatShareTheirLowBitsAreKeptApart() {
        IdTable table = new IdTable();
        for (int i = 0; i < 64; i++) {
            table.putIfAbsent((long) i << 40, i);
        }
        for (int i = 0; i < 64; i++) {
            assertThat(table.get((long) i << 40)).isEqualTo(i);
        }
        assertThat(table.get(0L)).isZero();
    }

    @Test
    void aNegativeNumberIsRefused() {
        assertThatThrownBy(() -> new IdTable().putIfAbsent(1L, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
