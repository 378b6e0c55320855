// SPDX-License-Identifier: Apache-2.0
/** The sharing rules and services' implementation; not part of the public API. */
package org.caseload.sharing.internal;
