// SPDX-License-Identifier: Apache-2.0
package org.caseload.web.internal;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * One option of a select.
 *
 * @param value what the form sends
 * @param label what the user reads
 */
public record Choice(String value, String label) {

    /** Every constant of an enum, sent by name, shown in words. */
    public static <E extends Enum<E>> List<Choice> of(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(constant -> new Choice(constant.name(), Words.of(constant)))
                .toList();
    }

    /** One choice per item. */
    public static <T> List<Choice> of(List<T> items, Function<T, String> value, Function<T, String> label) {
        return items.stream().map(item -> new Choice(value.apply(item), label.apply(item))).toList();
    }
}
