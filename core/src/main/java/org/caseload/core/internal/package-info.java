// SPDX-License-Identifier: Apache-2.0
/** The runtime's implementation; not part of the public API. */
package org.caseload.core.internal;
