// SPDX-License-Identifier: Apache-2.0
/**
 * The credentials that sign the messages between organizations and the vendor's support desk over
 * HTTP: issued by the vendor, one or two active per organization, their secrets kept sealed.
 */
package org.caseload.spi.storage.channel;
