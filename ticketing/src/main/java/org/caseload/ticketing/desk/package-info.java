/**
 * The vendor's support desk: escalated tickets of many organizations, their triage into support
 * tiers, and their service levels.
 */
package org.caseload.ticketing.desk;
