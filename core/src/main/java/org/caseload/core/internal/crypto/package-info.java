// SPDX-License-Identifier: Apache-2.0
/**
 * Sealing values with AES-256-GCM and digesting them with HMAC-SHA256 under the host's keys: used
 * by core for data at rest and by the library's other modules for their own secrets; not part of
 * the public API (exported to the library's modules only).
 */
package org.caseload.core.internal.crypto;
