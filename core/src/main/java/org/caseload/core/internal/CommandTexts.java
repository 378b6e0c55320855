// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.caseload.spi.error.Violation;

/**
 * Holds every text of a command to {@link TextPolicy}: each string component of a command record,
 * of the records it holds and of its collections, so that no field (an id, a name, a title) escapes
 * the policy because nobody annotated it. Maps (form values) are left to the forms' own rules.
 * Records of a package the core module may not read are left to their module.
 */
final class CommandTexts {

    private CommandTexts() {
    }

    /** A violation for each text of the command that breaks the policy, by path. */
    static List<Violation> violations(Object command) {
        List<Violation> violations = new ArrayList<>();
        check("", command, TextPolicy.Shape.LINE, violations);
        return violations;
    }

    private static void check(String path, Object value, TextPolicy.Shape shape, List<Violation> violations) {
        if (value instanceof String text) {
            // Blank text is absent (optional fields) or refused as blank (required ones) by its own rules.
            if (text.isBlank()) {
                return;
            }
            TextPolicy.problem(text, shape).ifPresent(key -> violations.add(Messages.violation(path, key,
                    "text of " + text.length() + " characters")));
        } else if (value instanceof Record record && readable(record)) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                TextPolicy.Shape componentShape = component.isAnnotationPresent(MultiLine.class)
                        ? TextPolicy.Shape.MULTI_LINE : TextPolicy.Shape.LINE;
                check(path.isEmpty() ? component.getName() : path + "." + component.getName(), read(record, component),
                        componentShape, violations);
            }
        } else if (value instanceof Collection<?> collection) {
            int index = 0;
            for (Object element : collection) {
                check(path + "[" + index++ + "]", element, TextPolicy.Shape.LINE, violations);
            }
        }
    }

    private static boolean readable(Record record) {
        Class<?> type = record.getClass();
        Module module = type.getModule();
        return module == CommandTexts.class.getModule() || module.isExported(type.getPackageName())
                && java.lang.reflect.Modifier.isPublic(type.getModifiers());
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException e) {
            return null;
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the accessor of " + component.getName() + " failed", e.getCause());
        }
    }
}
