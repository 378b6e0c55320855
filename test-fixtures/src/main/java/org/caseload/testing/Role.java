// SPDX-License-Identifier: Apache-2.0
package org.caseload.testing;

import java.util.Set;

/**
 * The people who use Caseload, each with the permission keys its work needs (the stable keys of
 * {@code org.caseload.core.Permission}). A test user holds the union of its roles' keys, so roles
 * combine: a caseworker who also administers casework is {@code CASEWORKER, CASEWORK_ADMINISTRATOR}.
 */
public enum Role {
    /** Finds and reads clients ({@code client.read}). */
    CLIENT_READER("client.read"),
    /** Registers, reads and changes clients and their casework. */
    CASEWORKER("client.read", "client.write"),
    /** Merges and links duplicate clients, and undoes it. */
    DATA_QUALITY_STAFF("client.read", "client.write", "client.merge"),
    /** Registers the organization's projects and defines its service catalog. */
    CASEWORK_ADMINISTRATOR("client.read", "casework.administer"),
    /** Records the organization's sharing agreements and reads its audit log. */
    ORGANIZATION_ADMINISTRATOR("client.read", "sharing.administer", "audit.read"),
    /** Sees a client's full SSN, one client and one stated reason at a time. */
    SSN_REVIEWER("client.read", "client.ssn.reveal"),
    /** Works across every organization ({@code system.admin}). */
    SYSTEM_ADMINISTRATOR("client.read", "system.admin"),
    /** Submits support tickets and follows their own. */
    TICKET_REPORTER("ticket.submit"),
    /** Works the organization's ticket queue and escalates to the vendor. */
    TICKET_ADMINISTRATOR("ticket.submit", "ticket.administer"),
    /** The organization's inbound integration: delivers the vendor's updates into its tickets. */
    SUPPORT_LINK("support.sync"),
    /** The host's scheduler: ticket housekeeping across organizations and the service-level sweep. */
    TICKET_SCHEDULER("ticket.maintain"),
    /** Vendor support staff working escalated tickets at the support desk. */
    SUPPORT_AGENT("support.desk"),
    /** The vendor's inbound integration: delivers organizations' escalations into the desk. */
    DESK_LINK("support.desk.sync"),
    /** Reads help: tool tips, the Help menu, the knowledge base. */
    HELP_READER("help.read"),
    /** Design rights: configures forms and workflows, reads the tool documentation. */
    DESIGNER("design"),
    /** Publishes or rejects revisions of help articles ({@code help.review}). */
    HELP_REVIEWER("help.review");

    private final Set<String> permissions;

    Role(String... permissions) {
        this.permissions = Set.of(permissions);
    }

    /** The permission keys this role holds. */
    public Set<String> permissions() {
        return permissions;
    }
}
