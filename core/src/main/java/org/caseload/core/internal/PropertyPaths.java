// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

/**
 * Property paths of violations: how callers read them, and the value they point to within the
 * validated command. A constraint on a whole record (an SSN that contradicts its data quality)
 * reports the record as its invalid value, but its path names the field at fault, and that field
 * is what the violation must describe.
 */
final class PropertyPaths {

    /** Marks a path that leads nowhere readable. */
    private static final Object UNRESOLVED = new Object();

    private PropertyPaths() {
    }

    /**
     * The value at {@code path} below {@code root}, which may be null; {@code otherwise} when the
     * path goes through something other than records, lists and maps.
     */
    static Object valueAt(Object root, Path path, Object otherwise) {
        Object current = root;
        for (Path.Node node : path) {
            if (current == null) {
                return otherwise;
            }
            if (node.isInIterable()) {
                current = element(current, node.getIndex(), node.getKey());
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                current = component(current, node.getName());
            } else if (node.getKind() != ElementKind.BEAN && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                current = UNRESOLVED;
            }
            if (current == UNRESOLVED) {
                return otherwise;
            }
        }
        return current;
    }

    /**
     * The path as callers read it: property names joined by dots, with the index or key of an
     * element in brackets ({@code forms[0].values[income]}); the names the validator gives to
     * container elements ({@code <list element>}) are left out.
     */
    static String format(Path path) {
        StringBuilder text = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                text.append('[').append(position == null ? "" : position).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                text.append(text.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return text.toString();
    }

    private static Object element(Object container, Integer index, Object key) {
        if (container instanceof List<?> list && index != null && index < list.size()) {
            return list.get(index);
        }
        if (container instanceof Map<?, ?> map && key != null) {
            return map.get(key);
        }
        return UNRESOLVED;
    }

    private static Object component(Object record, String name) {
        if (record == null || !record.getClass().isRecord()) {
            return UNRESOLVED;
        }
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return component.getAccessor().invoke(record);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    return UNRESOLVED;
                }
            }
        }
        return UNRESOLVED;
    }
}
