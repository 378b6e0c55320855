// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

/**
 * How {@link JdbcStorage#embedded(java.nio.file.Path, char[], EmbeddedOption...)} keeps its H2
 * database file.
 */
public enum EmbeddedOption {

    /**
     * H2's file cipher ({@code CIPHER=AES}): the whole database file is encrypted under a key derived
     * from the password, so a copy of the file reveals nothing without it. Chosen when the database
     * is created and for good: a database created with it opens only with it, and one created without
     * it only without it. The password may not contain a space, where H2 separates the file's password
     * from the user's.
     */
    FILE_CIPHER
}
