// SPDX-License-Identifier: Apache-2.0
package org.caseload.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseload.audit.AuditPage;
import org.caseload.audit.AuditSearch;
import org.caseload.audit.AuditService;
import org.caseload.core.internal.CallContext;
import org.caseload.core.internal.Kernel;
import org.caseload.core.internal.Operation;
import org.caseload.core.Permission;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditQuery;
import org.caseload.core.internal.Messages;

/** The audit log reader over a runtime's {@link Kernel}. */
public final class DefaultAuditService implements AuditService {

    private static final String CLIENT = "client";
    private static final Operation FIND = Operation.reading("audit.find", Permission.AUDIT_READ);

    private final Kernel kernel;

    public DefaultAuditService(Kernel kernel) {
        this.kernel = kernel;
    }

    @Override
    public AuditPage find(AuditSearch search) {
        return kernel.call(FIND, search, context -> {
            Principal caller = context.principal();
            String organizationId = search.organizationId() == null && !search.allOrganizations()
                    ? caller.organizationId() : search.organizationId();
            boolean systemAdmin = caller.hasPermission(Permission.SYSTEM_ADMIN.key());
            List<Violation> violations = new ArrayList<>();
            if (search.allOrganizations() && search.organizationId() != null) {
                violations.add(Messages.violation("organizationId", "caseload.audit.organizationWithAll",
                        "an organization id"));
            }
            if (search.from() != null && search.to() != null && search.to().isBefore(search.from())) {
                violations.add(Messages.violation("to", "caseload.audit.toBeforeFrom", "an instant before from"));
            }
            AuditQuery query = new AuditQuery(organizationId, search.userId(), search.clientId(), search.from(),
                    search.to(), search.pageSize() + 1);
            if (search.pageToken() != null) {
                AuditQuery after = PageTokens.after(query, search.pageToken());
                if (after == null) {
                    violations.add(Messages.violation("pageToken", "caseload.audit.pageToken",
                            "text of " + search.pageToken().length()
                            + " characters"));
                } else {
                    query = after;
                }
            }
            if (!violations.isEmpty()) {
                throw new ValidationException(AuditSearch.class.getSimpleName(), violations);
            }
            if (!systemAdmin && (organizationId == null || !organizationId.equals(caller.organizationId()))) {
                throw new AccessDeniedException("user " + caller.userId() + " may read the audit log of organization "
                        + caller.organizationId() + " only");
            }
            List<AuditEntry> found = readable(context, query, search.pageSize() + 1);
            boolean more = found.size() > search.pageSize();
            List<AuditEntry> entries = more ? found.subList(0, search.pageSize()) : found;
            context.auditDetail(entries.size() + " entries" + (organizationId == null ? " of every organization"
                    : " of " + organizationId));
            return new AuditPage(entries, more ? PageTokens.of(entries.get(entries.size() - 1)) : null);
        });
    }

    /**
     * Up to {@code wanted} entries of the query the caller may read: an entry about a client
     * registered with restricted intake by another organization is left out, for a system
     * administrator too, so that the log does not tell who else serves that client. Reads on past
     * left-out entries until the page is full or the log ends.
     */
    private static List<AuditEntry> readable(CallContext context, AuditQuery query, int wanted) {
        String caller = context.principal().organizationId();
        Map<String, Boolean> hidden = new HashMap<>();
        List<AuditEntry> readable = new ArrayList<>();
        AuditQuery page = query;
        while (true) {
            List<AuditEntry> found = context.session().audit().find(page);
            for (AuditEntry entry : found) {
                boolean hide = CLIENT.equals(entry.recordType()) && entry.recordId() != null
                        && hidden.computeIfAbsent(entry.recordId(), id -> context.session().clients().findById(id)
                        .filter(client -> client.restricted() && !client.organizationId().equals(caller))
                        .isPresent());
                if (!hide && readable.size() < wanted) {
                    readable.add(entry);
                }
            }
            if (readable.size() >= wanted || found.size() < page.limit()) {
                return readable;
            }
            page = page.after(found.get(found.size() - 1));
        }
    }

    /** Page tokens: the last entry's instant and id, opaque to callers. */
    static final class PageTokens {

        private PageTokens() {
        }

        static String of(AuditEntry last) {
            String key = last.occurredAt().getEpochSecond() + "." + last.occurredAt().getNano() + "." + last.id();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
        }

        /** The query's page after the token's entry; null when the token is not one of {@link #of}. */
        static AuditQuery after(AuditQuery query, String token) {
            try {
                String key = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
                String[] parts = key.split("\\.", 3);
                if (parts.length != 3 || parts[2].isEmpty()) {
                    return null;
                }
                Instant at = Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
                return new AuditQuery(query.organizationId(), query.userId(), query.recordId(), query.from(),
                        query.to(), query.limit(), at, parts[2]);
            } catch (IllegalArgumentException | DateTimeException e) {
                return null;
            }
        }
    }
}
