// SPDX-License-Identifier: Apache-2.0
/** The demo the README runs: a host with two organizations and a vendor, walking the thin slice. */
package org.caseload.examples.demo;
