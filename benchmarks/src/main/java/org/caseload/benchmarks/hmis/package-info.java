// SPDX-License-Identifier: Apache-2.0
/** The import and export rates of HMIS CSV exports, on each storage. */
package org.caseload.benchmarks.hmis;
