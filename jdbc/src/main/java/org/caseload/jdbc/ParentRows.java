// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import org.caseload.spi.error.NotFoundException;

/**
 * The check a store makes before it adds a row that points at another: asked first rather than left
 * to the foreign key, so that a missing parent is a {@link NotFoundException} and the unit of work
 * can go on.
 */
final class ParentRows {

    private ParentRows() {
    }

    /**
     * @param recordType the parent's record type named in the exception, such as {@code ticket}
     * @param described  the parent as named in the operation description, such as {@code desk ticket}
     * @param existsSql  a query of the parent's {@code id} column by id
     */
    static void require(JdbcSession session, String recordType, String described, String existsSql, String id) {
        if (session.query("check that " + described + " " + id + " exists", existsSql,
                statement -> statement.setString(1, id), row -> row.getString("id")).isEmpty()) {
            throw new NotFoundException(recordType, id);
        }
    }
}
