// SPDX-License-Identifier: Apache-2.0
/**
 * The implementation of the HMIS CSV module: the specification's tables read from resources, text
 * encoding detection, and the data quality checks. Not exported.
 */
package org.caseload.hmis.internal;
