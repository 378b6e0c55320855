/**
 * In-app support tickets: submission from any screen, the local administrator's queue, escalation
 * to the vendor's support desk, and the vendor's notes flowing back. Start at
 * {@link org.caseload.ticketing.Ticketing}.
 */
package org.caseload.ticketing;
