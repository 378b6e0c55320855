// SPDX-License-Identifier: Apache-2.0
package org.caseload.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.caseload.spi.error.ConfigurationException;

/**
 * The functions a user may be allowed to use. A host grants them through workgroups by putting
 * their {@link #key()}s in a {@link org.caseload.spi.identity.Principal}'s permissions. Keys are
 * stable; constants are never renamed or reused.
 */
public enum Permission {
    /** Find and read clients of the organizations the user may see. */
    CLIENT_READ("client.read"),
    /** Register and change clients. */
    CLIENT_WRITE("client.write"),
    /** Submit support tickets and follow one's own tickets. */
    TICKET_SUBMIT("ticket.submit"),
    /** Work the organization's ticket queue and escalate to the vendor (local administrators). */
    TICKET_ADMINISTER("ticket.administer"),
    /** Deliver the vendor's updates into the organization's tickets (the host's inbound integration). */
    SUPPORT_SYNC("support.sync"),
    /** Read help: tool tips, the Help menu, the knowledge base. */
    HELP_READ("help.read"),
    /** Design rights: configure forms and workflows, read the tool documentation. */
    DESIGN("design"),
    /** Work across every organization (system administrators). */
    SYSTEM_ADMIN("system.admin"),
    /** Register the organization's projects and define its service groups and types. */
    CASEWORK_ADMINISTER("casework.administer"),
    /**
     * Run ticket housekeeping across every organization, such as closing long-resolved tickets (the
     * host's scheduler).
     */
    TICKET_MAINTAIN("ticket.maintain"),
    /** Work escalated tickets at the vendor's support desk: triage, tiers, notes and status (vendor support staff). */
    SUPPORT_DESK("support.desk"),
    /** Deliver organizations' escalations into the vendor's support desk (the vendor's inbound integration). */
    SUPPORT_DESK_SYNC("support.desk.sync"),
    /**
     * Record and end the organization's sharing agreements with other organizations (organization
     * administrators); a system administrator with it may record them between any two organizations.
     */
    SHARING_ADMINISTER("sharing.administer"),
    /** See a client's full SSN, one client and one stated reason at a time; every reveal is audited. */
    CLIENT_SSN_REVEAL("client.ssn.reveal"),
    /** Read the organization's audit log (organization administrators; every organization's for a system administrator). */
    AUDIT_READ("audit.read"),
    /** Merge and link the organization's duplicate clients, and undo it (data-quality staff). */
    CLIENT_MERGE("client.merge"),
    /** Publish or reject other editors' revisions of help articles, and revert to an earlier one (help reviewers). */
    HELP_REVIEW("help.review"),
    /** Issue, list and revoke the organizations' credentials for the desk's HTTP channel (the vendor's administrators). */
    SUPPORT_DESK_CREDENTIALS("support.desk.credentials");

    private static final Set<String> KEYS = Arrays.stream(values()).map(Permission::key)
            .collect(Collectors.toUnmodifiableSet());

    private final String key;

    Permission(String key) {
        this.key = key;
    }

    /** The stable key a host puts in a principal's permissions. */
    public String key() {
        return key;
    }

    /** The keys of {@code permissionKeys} that name no permission, sorted; empty when all are known. */
    public static Set<String> unknownKeys(Collection<String> permissionKeys) {
        // Every authorized call asks; the common answer needs no copy.
        if (KEYS.containsAll(permissionKeys)) {
            return Set.of();
        }
        return permissionKeys.stream().filter(key -> !KEYS.contains(key)).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Checks a host's roles, for its startup: every permission key of every role must name a
     * permission. Caseload learns a user's permissions only from each call's
     * {@link org.caseload.spi.identity.Principal}, so a host that maps roles to keys checks its
     * mapping here once, instead of finding a typo when a user is refused.
     *
     * @param keysByRole the permission keys each of the host's roles grants
     * @throws ConfigurationException listing every unknown key of every role at once
     */
    public static void requireKnown(Map<String, ? extends Collection<String>> keysByRole) {
        List<String> problems = new ArrayList<>();
        new TreeMap<>(keysByRole).forEach((role, keys) -> unknownKeys(keys).forEach(key ->
                problems.add("role " + role + " grants unknown permission key '" + key + "'")));
        if (!problems.isEmpty()) {
            throw new ConfigurationException("the roles", problems);
        }
    }
}
