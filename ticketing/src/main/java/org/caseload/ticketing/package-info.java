// SPDX-License-Identifier: Apache-2.0
/**
 * In-app support tickets: submission from any screen with a screenshot and the context the host
 * supplies, the local administrator's queue, the lifecycle with its history, notes, notifications,
 * escalation to the vendor's support desk and the vendor's notes flowing back, and the closing of
 * long-resolved tickets. Start at {@link org.caseload.ticketing.Ticketing}; {@code docs/ticketing.md}
 * draws the lifecycle.
 */
package org.caseload.ticketing;
