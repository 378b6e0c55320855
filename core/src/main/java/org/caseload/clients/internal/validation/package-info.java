// SPDX-License-Identifier: Apache-2.0
/**
 * The rules of a client record as Jakarta constraints, each annotation with its validator nested
 * in it. The command validator checks them all at once, so a caller sees every broken rule of a
 * record in one {@link org.caseload.spi.error.ValidationException}. Not part of the public API.
 */
package org.caseload.clients.internal.validation;
