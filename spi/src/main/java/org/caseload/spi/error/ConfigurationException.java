// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.error;

import java.util.List;

/**
 * A runtime or an adapter was assembled from missing or inconsistent parts. Checks that can find
 * several problems (the parts of a runtime, a help bundle, a host's roles) report every one of them
 * in one exception: {@link #problems()}.
 */
public class ConfigurationException extends CaseloadException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ConfigurationException(String message) {
        this(message, (Throwable) null);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(ErrorCode.INVALID_CONFIGURATION, message, cause);
        this.problems = List.of(message);
    }

    /**
     * Every problem a check found.
     *
     * @param subject  what was checked, such as {@code "the help content"}; the message names it
     *                 when there is more than one problem
     * @param problems each problem, saying where (file and line, or field) and what; at least one
     */
    public ConfigurationException(String subject, List<String> problems) {
        super(ErrorCode.INVALID_CONFIGURATION, describe(subject, problems), null);
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, each saying where and what; one for a single-problem exception. */
    public List<String> problems() {
        return problems;
    }

    private static String describe(String subject, List<String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ConfigurationException needs at least one problem");
        }
        // A single problem already says where and what.
        return problems.size() == 1
                ? problems.get(0)
                : subject + " has " + problems.size() + " problems: " + String.join("; ", problems);
    }
}
