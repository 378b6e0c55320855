// SPDX-License-Identifier: Apache-2.0
/** What Caseload shows to people through the host's user interface: notifications and help content. */
package org.caseload.spi.ui;
