// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a command's text as lines of free text (a note, a description) for {@link TextPolicy}:
 * line breaks and tabs allowed. Every other text of a command is held to the one-line rules.
 */
@Target(RECORD_COMPONENT)
@Retention(RUNTIME)
public @interface MultiLine {
}
