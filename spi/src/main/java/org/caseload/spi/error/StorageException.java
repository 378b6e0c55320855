// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.error;

/**
 * The storage failed. The unit of work it happened in was rolled back; the cause, when there is
 * one, is the storage's own exception.
 */
public class StorageException extends CaseloadException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message) {
        super(ErrorCode.STORAGE_FAILURE, message);
    }

    public StorageException(String message, Throwable cause) {
        super(ErrorCode.STORAGE_FAILURE, message, cause);
    }
}
