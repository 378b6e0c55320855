// SPDX-License-Identifier: Apache-2.0
/**
 * The knowledge base's implementation: front-matter parsing, the Lucene index, search,
 * visibility and feedback. Not part of the public API.
 */
package org.caseload.help.internal.kb;
