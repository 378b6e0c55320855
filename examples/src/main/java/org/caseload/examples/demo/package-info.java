/** The demo the README runs: a host with two organizations and a vendor, walking the thin slice. */
package org.caseload.examples.demo;
