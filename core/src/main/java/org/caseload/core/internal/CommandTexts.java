// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
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

    /**
     * The readable components of each record type, looked up once: reflection on every command
     * (the components copied, their annotations parsed) cost more than the checks themselves in a
     * bulk run.
     */
    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            if (!type.isRecord() || !readable(type)) {
                return List.of();
            }
            List<Component> components = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                components.add(new Component(component.getName(), component.getAccessor(),
                        component.isAnnotationPresent(MultiLine.class) ? TextPolicy.Shape.MULTI_LINE
                                : TextPolicy.Shape.LINE));
            }
            return List.copyOf(components);
        }
    };

    private CommandTexts() {
    }

    /** A record component: its name, its accessor, and the shape of text it holds. */
    private record Component(String name, Method accessor, TextPolicy.Shape shape) {
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
        } else if (value instanceof Record record) {
            for (Component component : COMPONENTS.get(record.getClass())) {
                check(path.isEmpty() ? component.name() : path + "." + component.name(), read(record, component),
                        component.shape(), violations);
            }
        } else if (value instanceof Collection<?> collection) {
            int index = 0;
            for (Object element : collection) {
                check(path + "[" + index++ + "]", element, TextPolicy.Shape.LINE, violations);
            }
        }
    }

    private static boolean readable(Class<?> type) {
        Module module = type.getModule();
        return module == CommandTexts.class.getModule() || module.isExported(type.getPackageName())
                && java.lang.reflect.Modifier.isPublic(type.getModifiers());
    }

    private static Object read(Record record, Component component) {
        try {
            return component.accessor().invoke(record);
        } catch (IllegalAccessException e) {
            return null;
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the accessor of " + component.name() + " failed", e.getCause());
        }
    }
}
