// SPDX-License-Identifier: Apache-2.0
/** The in-memory store of the support channel's credentials. */
package org.caseload.http.internal.memory;
