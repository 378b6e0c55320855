// SPDX-License-Identifier: Apache-2.0
/** The HTTP module's implementation: signing, sealing, the keys of each side, the credential service. */
package org.caseload.http.internal;
