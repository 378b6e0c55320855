// SPDX-License-Identifier: Apache-2.0
/** Runnable host applications that show how to embed Caseload. */
package org.caseload.examples;
