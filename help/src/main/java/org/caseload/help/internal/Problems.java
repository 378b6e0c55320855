// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.caseload.spi.error.ConfigurationException;

/**
 * The problems of help content, gathered so that one {@link ConfigurationException} reports every
 * one of them instead of the first: each step that finds a problem throws as usual, and the next
 * step runs all the same. Not thread-safe; lives while content is read.
 */
public final class Problems {

    private final List<String> found = new ArrayList<>();

    /** What {@code step} returns; empty, with its problems noted, when it throws a {@link ConfigurationException}. */
    public <T> Optional<T> attempt(Supplier<T> step) {
        try {
            return Optional.ofNullable(step.get());
        } catch (ConfigurationException e) {
            // Several kinds of content read the same index file: its problem is reported once.
            e.problems().stream().filter(problem -> !found.contains(problem)).forEach(found::add);
            return Optional.empty();
        }
    }

    /** Runs {@code check}, noting its problems. */
    public void check(Runnable check) {
        attempt(() -> {
            check.run();
            return Boolean.TRUE;
        });
    }

    /**
     * @param subject what was read, such as {@code "the help content"}
     * @throws ConfigurationException listing every problem noted, if any
     */
    public void throwIfAny(String subject) {
        if (!found.isEmpty()) {
            throw new ConfigurationException(subject, found);
        }
    }
}
