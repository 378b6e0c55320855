// SPDX-License-Identifier: Apache-2.0
/**
 * The vendor's support desk: escalated tickets of many organizations, their triage into support
 * tiers, and their service levels.
 */
package org.caseload.ticketing.desk;
