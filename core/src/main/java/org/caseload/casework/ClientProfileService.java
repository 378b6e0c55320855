// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

/**
 * The client profile: one call for what a case worker opens first. Obtained from
 * {@code Caseload.clientProfiles()}; thread-safe; needs {@code client.read}.
 */
public interface ClientProfileService {

    /** How many recent case notes, and how many recent services, a profile holds. */
    int RECENT_LIMIT = 10;

    /**
     * The client with their households, open enrollments, and up to {@value #RECENT_LIMIT} recent
     * case notes and services, read in one unit of work; only what the caller may see. The read of
     * the client is audited as {@code client.get}, beside the profile's own entry.
     *
     * @throws org.caseload.spi.error.NotFoundException when the client does not exist or the caller
     *         may not see it
     */
    ClientProfile profile(String clientId);
}
