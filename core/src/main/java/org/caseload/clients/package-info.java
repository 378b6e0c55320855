// SPDX-License-Identifier: Apache-2.0
/** The people an organization serves: registering, finding and reading clients. */
package org.caseload.clients;
