// SPDX-License-Identifier: Apache-2.0
/**
 * What the in-memory stores of every module share: the versioned-record table and the
 * append-only history log, each with its undo entries. Not part of the public API; open to the
 * Caseload modules that contribute in-memory stores (ticketing, help).
 */
package org.caseload.core.internal.memory;
