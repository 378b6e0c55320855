/** What Caseload shows to people through the host's user interface: notifications and help content. */
package org.caseload.spi.ui;
