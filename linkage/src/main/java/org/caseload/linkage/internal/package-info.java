// SPDX-License-Identifier: Apache-2.0
/**
 * The duplicate-detection engine's implementation: normalization, phonetic codes, comparators,
 * blocking and the EM estimation of Fellegi–Sunter weights. Not part of the public API; the
 * types here are public only so that {@code org.caseload.linkage} can use them.
 */
package org.caseload.linkage.internal;
