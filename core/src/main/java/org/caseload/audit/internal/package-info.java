// SPDX-License-Identifier: Apache-2.0
/** The audit service's implementation; not part of the public API. */
package org.caseload.audit.internal;
