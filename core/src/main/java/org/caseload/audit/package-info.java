// SPDX-License-Identifier: Apache-2.0
/** Reading the audit log: every call of every service, by client, by user and by date range. */
package org.caseload.audit;
