// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.error;

/**
 * An update named a version of a record that is no longer current: someone else changed it first.
 * Nothing was written; the caller re-reads and decides again.
 */
public class ConcurrentModificationException extends CaseloadException {
    private static final long serialVersionUID = 1L;

    private final String recordType;
    private final String recordId;
    private final long expectedVersion;

    public ConcurrentModificationException(String recordType, String recordId, long expectedVersion) {
        super(ErrorCode.CONCURRENT_MODIFICATION,
                recordType + " " + recordId + " is no longer at version " + expectedVersion
                        + ": it was changed by someone else");
        this.recordType = recordType;
        this.recordId = recordId;
        this.expectedVersion = expectedVersion;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
