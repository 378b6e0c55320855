// SPDX-License-Identifier: Apache-2.0
package org.caseload.http;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Where the desk sends each organization's updates: the URI of the organization's
 * {@link SupportEndpoint}, from the vendor's own records. Thread-safe.
 */
@FunctionalInterface
public interface OrganizationEndpoints {

    /** The organization's endpoint, or empty when the vendor knows none. */
    Optional<URI> endpointOf(String organizationId);

    /** Endpoints from a fixed map. */
    static OrganizationEndpoints of(Map<String, URI> endpoints) {
        Map<String, URI> copy = Map.copyOf(endpoints);
        return organizationId -> Optional.ofNullable(copy.get(organizationId));
    }
}
