// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NicknameTableTest {

    private final NicknameTable table = NicknameTable.standard();

    @Test
    void rowsAreUndirected() {
        assertThat(table.areNicknames("william", "bill")).isTrue();
        assertThat(table.areNicknames("Bill", "William")).isTrue();
    }

    @Test
    void relationsAreNotTransitive() {
        assertThat(table.areNicknames("bill", "robert")).isTrue();
        assertThat(table.areNicknames("william", "robert")).isFalse();
    }

    @Test
    void aNameIsNotItsOwnNicknameAndNullIsNobodys() {
        assertThat(table.areNicknames("william", "william")).isFalse();
        assertThat(table.areNicknames(null, "bill")).isFalse();
    }

    @Test
    void hostRowsAddRelationsWithoutChangingTheOriginal() {
        NicknameTable extended = table.withAdditionalRows(List.of(List.of("Oluwaseun", "Seun")));

        assertThat(extended.areNicknames("seun", "oluwaseun")).isTrue();
        assertThat(extended.areNicknames("william", "bill")).isTrue();
        assertThat(table.areNicknames("seun", "oluwaseun")).isFalse();
    }

    @Test
    void aHostRowMustHoldTwoNames() {
        assertThatThrownBy(() -> table.withAdditionalRows(List.of(List.of("seun"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 0");
        assertThatThrownBy(() -> table.withAdditionalRows(List.of(List.of("seun", " "))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    }
}
