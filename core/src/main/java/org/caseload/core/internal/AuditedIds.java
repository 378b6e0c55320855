// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import java.util.regex.Pattern;

/**
 * Which record ids an audit entry may keep. Many ids reach the log as a caller typed them (a
 * record that turned out not to exist, or not to be visible), so an id is kept only when it has
 * the shape of an id: the library's own UUIDs, whose hexadecimal digits may run like an SSN by
 * chance, or short, of letters, digits and {@code . _ : / -} only, and holding nothing that reads
 * as an SSN. Anything else is logged by its length alone.
 */
public final class AuditedIds {

    /** The longest id an audit entry keeps. */
    public static final int MAX_LENGTH = 200;

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:/-]+");
    /** Nine digits, grouped 3-2-4 or not, standing apart from other digits: an SSN's shape. */
    private static final Pattern SSN_LIKE = Pattern.compile("(?<!\\d)\\d{3}[-.]?\\d{2}[-.]?\\d{4}(?!\\d)");

    private AuditedIds() {
    }

    /** Whether an audit entry may keep this id as it is. */
    public static boolean keeps(String id) {
        return UUID.matcher(id).matches()
                || id.length() <= MAX_LENGTH && ID.matcher(id).matches() && !SSN_LIKE.matcher(id).find();
    }

    /** What an entry says instead of an id it may not keep: its length, never its text. */
    public static String refused(String id) {
        return "record id not kept: text of " + id.length() + " characters";
    }
}
