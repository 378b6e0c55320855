// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import org.caseload.spi.storage.casework.ServiceUnit;

/**
 * A type of service an organization delivers, as a caller sees it.
 *
 * @param id      the type id, to name when recording a delivery
 * @param groupId the group it belongs to
 * @param name    its name, such as "Meal"
 * @param unit    what a delivered value of this type measures
 */
public record ServiceType(String id, String groupId, String name, ServiceUnit unit) {
}
