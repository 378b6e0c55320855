// SPDX-License-Identifier: Apache-2.0
/**
 * The secret keys Caseload encrypts data at rest with and digests match keys and channel secrets
 * under, supplied by the host.
 */
package org.caseload.spi.security;
