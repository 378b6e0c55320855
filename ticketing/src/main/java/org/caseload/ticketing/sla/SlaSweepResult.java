// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.sla;

/**
 * What one sweep of the service-level clocks did.
 *
 * @param nearBreaches clocks this sweep found near breach and notified
 * @param breaches     clocks this sweep found breached and notified
 * @param delivered    service-level notifications handed to the notifier, this sweep's and earlier
 *                     ones that were waiting for a retry
 */
public record SlaSweepResult(int nearBreaches, int breaches, int delivered) {
}
