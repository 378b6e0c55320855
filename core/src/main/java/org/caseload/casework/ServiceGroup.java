// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import java.util.List;

/**
 * A group of service types, such as "Basic needs", as a caller sees it.
 *
 * @param id             the group id
 * @param organizationId the organization that defined it
 * @param name           its name
 * @param types          its types, by name
 */
public record ServiceGroup(String id, String organizationId, String name, List<ServiceType> types) {
    public ServiceGroup {
        types = List.copyOf(types);
    }
}
