// SPDX-License-Identifier: Apache-2.0
/** The casework domain's implementation; not part of the public API. */
package org.caseload.casework.internal;
