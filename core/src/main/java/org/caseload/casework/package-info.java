// SPDX-License-Identifier: Apache-2.0
/**
 * The day-to-day work of a case worker around a client: households, enrollments in projects, case
 * notes, services delivered, and the client profile that gathers them.
 *
 * <p>Every service here is thread-safe and runs each call through the runtime's kernel: the caller
 * is authenticated and permission-checked, the command validated, the work done in one unit of
 * work and audited. Records of an organization the caller may not see answer
 * {@link org.caseload.spi.error.NotFoundException}, exactly as records that do not exist; case
 * notes are seen only inside the organization that wrote them. Every change names the version of
 * the record it read, and a stale one answers
 * {@link org.caseload.spi.error.ConcurrentModificationException}.
 */
package org.caseload.casework;
