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
    FILE_CIPHER,

    /**
     * The host closes the storage, also when the JVM shuts down: H2 does not close the database from
     * a shutdown hook of its own ({@code DB_CLOSE_ON_EXIT=FALSE}). For a host that, on Ctrl-C, lets
     * its work stop at a clean point and then closes the storage (a command line's long run, say):
     * without it, H2 closes the database under that work as soon as the shutdown begins. A host that
     * gives it and exits without closing the storage leaves the file as a crash would (H2 opens it
     * again, without what was not yet committed).
     */
    CLOSED_BY_HOST
}
