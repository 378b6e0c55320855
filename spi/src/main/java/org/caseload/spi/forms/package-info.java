// SPDX-License-Identifier: Apache-2.0
/** Custom forms that organizations define for their own data. */
package org.caseload.spi.forms;
