// SPDX-License-Identifier: Apache-2.0
/**
 * The service-level clocks' arithmetic, the tracker the desk service drives, and the sweep. Not
 * part of the public API.
 */
package org.caseload.ticketing.sla.internal;
