package org.caseload.core;

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
    TICKET_MAINTAIN("ticket.maintain");

    private final String key;

    Permission(String key) {
        this.key = key;
    }

    /** The stable key a host puts in a principal's permissions. */
    public String key() {
        return key;
    }
}
