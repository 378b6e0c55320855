// SPDX-License-Identifier: Apache-2.0
/**
 * Sharing between organizations: the agreements by which one organization's records are seen by
 * another, and each client's release of information (consent) that such sharing needs. The rules
 * that combine them, with restricted intake, are in {@code docs/security.md}.
 */
package org.caseload.sharing;
