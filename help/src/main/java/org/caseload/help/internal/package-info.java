// SPDX-License-Identifier: Apache-2.0
/** The help module's implementation; not part of the public API. */
package org.caseload.help.internal;
