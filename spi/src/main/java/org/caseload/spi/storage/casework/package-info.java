// SPDX-License-Identifier: Apache-2.0
/**
 * The stores and records of casework: households, projects, enrollments, case notes, the service catalog and services delivered.
 *
 * <p>The rules every store follows are in {@link org.caseload.spi.storage}.
 */
package org.caseload.spi.storage.casework;
