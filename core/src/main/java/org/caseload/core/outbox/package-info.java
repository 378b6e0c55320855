// SPDX-License-Identifier: Apache-2.0
/**
 * Reliable delivery of what leaves the system: messages written to the outbox in the unit of work
 * that caused them, delivered afterwards, at least once, with retries and backoff.
 */
package org.caseload.core.outbox;
