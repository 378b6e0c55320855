// SPDX-License-Identifier: Apache-2.0
/** Who is calling: the host's authentication, seen by Caseload as a {@link org.caseload.spi.identity.Principal}. */
package org.caseload.spi.identity;
