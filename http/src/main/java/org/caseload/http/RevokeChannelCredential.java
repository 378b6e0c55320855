// SPDX-License-Identifier: Apache-2.0
package org.caseload.http;

import jakarta.validation.constraints.NotBlank;

/**
 * Revoke a credential: requests signed with it are refused from now on, and the desk no longer
 * signs with it.
 *
 * @param credentialId the credential's id
 */
public record RevokeChannelCredential(@NotBlank String credentialId) {
}
