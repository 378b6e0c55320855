/** Runnable host applications that show how to embed Caseload. */
package org.caseload.examples;
