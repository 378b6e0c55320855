package org.caseload.casework.internal;

import java.util.Set;
import org.caseload.core.CallContext;
import org.caseload.core.Permission;

/**
 * Which casework records a caller may see. Every casework service asks here, so that widening
 * what is shared (agreements between organizations, a client's consent) changes this class and
 * {@link CallContext#canSeeOrganization} only.
 */
final class Visibility {

    private Visibility() {
    }

    /** Whether the caller may see a household, project, enrollment or service of this organization. */
    static boolean canSee(CallContext context, String organizationId) {
        return context.canSeeOrganization(organizationId);
    }

    /**
     * Whether the caller may see a case note written in this organization: only inside it, whatever
     * else the caller may see.
     */
    static boolean canSeeCaseNotesOf(CallContext context, String organizationId) {
        return context.principal().organizationId().equals(organizationId);
    }

    /**
     * The organizations whose records a store query selects for {@link #canSee}: every one (empty)
     * for a system administrator, else the caller's own. It must never be narrower than
     * {@link #canSee}; results are filtered by {@link #canSee} again.
     */
    static Set<String> organizationsToQuery(CallContext context) {
        return context.principal().hasPermission(Permission.SYSTEM_ADMIN.key())
                ? Set.of()
                : Set.of(context.principal().organizationId());
    }

    /** The organizations whose case notes a store query selects: the caller's own. */
    static Set<String> caseNoteOrganizations(CallContext context) {
        return Set.of(context.principal().organizationId());
    }
}
