// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.error;

/**
 * The record does not exist, or exists but the caller may not see it. The two cases are
 * deliberately indistinguishable so that a caller cannot probe for another organization's records.
 */
public class NotFoundException extends CaseloadException {
    private static final long serialVersionUID = 1L;

    private final String recordType;
    private final String recordId;

    public NotFoundException(String recordType, String recordId) {
        super(ErrorCode.NOT_FOUND, recordType + " " + recordId + " was not found");
        this.recordType = recordType;
        this.recordId = recordId;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }
}
