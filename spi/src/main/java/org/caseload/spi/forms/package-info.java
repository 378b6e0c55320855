/** Custom forms that organizations define for their own data. */
package org.caseload.spi.forms;
