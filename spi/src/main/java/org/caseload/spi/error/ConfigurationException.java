// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.error;

/** A runtime or an adapter was assembled from missing or inconsistent parts. */
public class ConfigurationException extends CaseloadException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(ErrorCode.INVALID_CONFIGURATION, message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(ErrorCode.INVALID_CONFIGURATION, message, cause);
    }
}
