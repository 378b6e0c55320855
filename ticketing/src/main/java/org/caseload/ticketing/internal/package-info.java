// SPDX-License-Identifier: Apache-2.0
/** The ticketing module's implementation; not part of the public API. */
package org.caseload.ticketing.internal;
