// SPDX-License-Identifier: Apache-2.0
/**
 * Service levels of the vendor's support desk: the business-hours calendar
 * ({@link org.caseload.ticketing.sla.BusinessCalendar}), the targets per priority
 * ({@link org.caseload.ticketing.sla.SlaPolicy}, {@link org.caseload.ticketing.sla.SlaConfiguration}),
 * and what the desk reports of its clocks ({@link org.caseload.ticketing.sla.SlaClock},
 * {@link org.caseload.ticketing.sla.SlaSweepResult}). The clocks run through
 * {@link org.caseload.ticketing.desk.SupportDesk}.
 */
package org.caseload.ticketing.sla;
