// SPDX-License-Identifier: Apache-2.0
/** The client domain's implementation; not part of the public API. */
package org.caseload.clients.internal;
