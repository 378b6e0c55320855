// SPDX-License-Identifier: Apache-2.0
/**
 * The service-provider interface of Caseload: every contract a host application implements
 * (storage, identity, notifications, the vendor support channel, custom forms, help content)
 * and the immutable records those contracts carry.
 *
 * <p>Nothing here knows an implementation. Core and the domain modules call these contracts;
 * hosts, {@code caseload-jdbc} and the in-memory storage of {@code caseload-core} implement them.
 */
package org.caseload.spi;
