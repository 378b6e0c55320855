// SPDX-License-Identifier: Apache-2.0
package org.caseload.http;

/**
 * A credential just issued, with its secret: the only time the secret is shown. Hand it to the
 * organization over a trusted path; the desk keeps it only sealed.
 *
 * @param credential the credential as listed
 * @param secret     its id and secret, for the organization's {@link ChannelCredentials#forOrganization}
 */
public record IssuedChannelCredential(ChannelCredential credential, ChannelSecret secret) {
}
