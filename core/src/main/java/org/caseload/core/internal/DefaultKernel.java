// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.caseload.core.IdGenerator;
import org.caseload.core.Permission;
import org.caseload.core.forms.internal.FormLookup;
import org.caseload.core.internal.crypto.KeyedDigest;
import org.caseload.core.internal.crypto.Sealer;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.CaseloadException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.forms.FormProvider;
import org.caseload.spi.identity.IdentityProvider;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.security.KeyProvider;
import org.caseload.spi.security.KeyPurpose;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditEntry.Outcome;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.StorageSession;
import org.caseload.spi.storage.UnitOfWork;
import org.caseload.spi.ui.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one {@link Kernel} of a runtime. It sees the host's parts through {@link HostParts} guards, so
 * that a failing part reaches callers as a {@link org.caseload.spi.error.HostPartException}.
 */
public final class DefaultKernel implements Kernel, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultKernel.class);
    private static final String ANONYMOUS = "anonymous";

    private final Storage storage;
    private final Storage sealedStorage;
    private final ClientSealing sealing;
    private final EnrollmentSealing enrollmentSealing;
    private final IdentityProvider identity;
    private final FormProvider forms;
    private final Notifier notifier;
    private final Clock clock;
    private final IdGenerator ids;
    private final CommandValidator validator;
    /** Unknown permission keys already logged: each is logged once per runtime, not once per call. */
    private final Set<String> reportedUnknownKeys = ConcurrentHashMap.newKeySet();

    public DefaultKernel(Storage storage, IdentityProvider identity, FormProvider forms, Notifier notifier,
                         Clock clock, IdGenerator ids, KeyProvider keys) {
        this.identity = HostParts.guard(identity);
        this.forms = HostParts.guard(forms);
        this.storage = new GuardedStorage(storage);
        Sealer fields = new Sealer(keys, KeyPurpose.FIELD_ENCRYPTION);
        FormSealing formSealing = new FormSealing(fields, this.forms);
        this.sealing = new ClientSealing(fields, new KeyedDigest(keys, KeyPurpose.MATCH_KEY_DIGEST), formSealing);
        this.enrollmentSealing = new EnrollmentSealing(formSealing);
        this.sealedStorage = new SealingStorage(this.storage, sealing, enrollmentSealing);
        this.notifier = HostParts.guard(notifier);
        this.clock = clock;
        this.ids = ids;
        this.validator = new CommandValidator(clock);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public IdGenerator ids() {
        return ids;
    }

    /** The storage as services see it: client and enrollment records sealed on the way in, opened on the way out. */
    @Override
    public Storage storage() {
        return sealedStorage;
    }

    /** The storage as the host's stores hold it: client and enrollment records sealed; for the key rotation only. */
    public Storage storageAtRest() {
        return storage;
    }

    /** How client records are sealed at rest. */
    public ClientSealing sealing() {
        return sealing;
    }

    /** How enrollment records are sealed at rest. */
    public EnrollmentSealing enrollmentSealing() {
        return enrollmentSealing;
    }

    @Override
    public Notifier notifier() {
        return notifier;
    }

    @Override
    public FormProvider forms() {
        return forms;
    }

    @Override
    public void validate(Object command) {
        Optional<Principal> caller = identity.currentPrincipal();
        validator.validate(command, caller.map(this::formsOf).orElse(null),
                caller.map(Principal::locale).orElse(Messages.DEFAULT));
    }

    @Override
    public Principal authorize(Operation operation) {
        Objects.requireNonNull(operation, "operation");
        Optional<Principal> caller = identity.currentPrincipal();
        if (caller.isEmpty()) {
            throw denied(operation, null,
                    operation.action() + " needs an authenticated user; the identity provider named none");
        }
        Principal principal = caller.get();
        Set<String> unknown = Permission.unknownKeys(principal.permissions());
        reportUnknown(principal, unknown);
        if (!principal.hasPermission(operation.permission().key())) {
            throw denied(operation, principal, "user " + principal.userId() + " lacks permission "
                    + operation.permission().key() + " for " + operation.action()
                    + (unknown.isEmpty() ? "" : "; the identity provider gave unknown permission keys " + unknown));
        }
        return principal;
    }

    @Override
    public <T> T call(Operation operation, Object command, Function<CallContext, T> body) {
        Objects.requireNonNull(body, "body");
        Principal principal = authorize(operation);
        Instant now = clock.instant();
        Audit audit = new Audit();
        try {
            if (command != null) {
                validator.validate(command, formsOf(principal), principal.locale());
            }
            try {
                UnitOfWork<T> unit = session -> {
                    T result = body.apply(new Context(principal, session, now, audit));
                    session.audit().append(entry(operation, principal, now, audit.recordType, audit.recordId,
                            Outcome.SUCCEEDED, audit.detail));
                    return result;
                };
                return operation.reading() ? sealedStorage.inReadingTransaction(unit) : sealedStorage.inTransaction(unit);
            } catch (ValidationException e) {
                // Rules checked in the body speak English until here, where the caller's locale is known.
                throw Messages.localized(e, principal.locale());
            }
        } catch (CaseloadException e) {
            auditFailure(operation, principal, now, audit.recordType, audit.recordId, Outcome.FAILED,
                    audit.withRefusedId(e.code().name()));
            throw e;
        } catch (RuntimeException e) {
            auditFailure(operation, principal, now, audit.recordType, audit.recordId, Outcome.FAILED,
                    audit.withRefusedId(e.getClass().getName()));
            throw e;
        }
    }

    /**
     * Logs, once per key, a permission key no permission has: a typo in the host's role mapping, or
     * a key of another version, that would otherwise only show as a user being refused.
     */
    private void reportUnknown(Principal principal, Set<String> unknown) {
        for (String key : unknown) {
            if (reportedUnknownKeys.add(key)) {
                LOG.warn("The identity provider gave user {} of organization {} the unknown permission key '{}' "
                        + "(workgroups {}); it grants nothing. Check the host's role mapping with "
                        + "Permission.requireKnown at startup.", principal.userId(), principal.organizationId(), key,
                        principal.workgroups());
            }
        }
    }

    /** Form values in a command are checked against the forms of the caller's organization. */
    private FormLookup formsOf(Principal principal) {
        return new FormLookup(forms, principal.organizationId());
    }

    private AccessDeniedException denied(Operation operation, Principal principal, String message) {
        AccessDeniedException denied = new AccessDeniedException(message);
        Set<String> unknown = principal == null ? Set.of() : Permission.unknownKeys(principal.permissions());
        auditFailure(operation, principal, clock.instant(), null, null, Outcome.DENIED,
                unknown.isEmpty() ? denied.code().name() : denied.code().name() + " unknown permission keys " + unknown);
        return denied;
    }

    /** Failed calls are audited in a unit of their own, since the call's unit was rolled back. */
    private void auditFailure(Operation operation, Principal principal, Instant now, String recordType,
                              String recordId, Outcome outcome, String detail) {
        try {
            storage.inTransaction(session -> {
                session.audit().append(entry(operation, principal, now, recordType, recordId, outcome, detail));
                return null;
            });
        } catch (RuntimeException auditError) {
            LOG.error("Could not audit the failed call {} ({}): {}", operation.action(), detail,
                    auditError.getClass().getName());
        }
    }

    private AuditEntry entry(Operation operation, Principal principal, Instant now, String recordType,
                             String recordId, Outcome outcome, String detail) {
        return new AuditEntry(ids.newId(), now,
                principal == null ? ANONYMOUS : principal.userId(),
                principal == null ? null : principal.organizationId(),
                operation.action(), outcome, recordType, recordId, detail);
    }

    @Override
    public void close() {
        validator.close();
    }

    /** What the body of a call names for its audit entry. */
    private static final class Audit {
        String recordType;
        String recordId;
        /** What the entry says instead of a record id it may not keep; null when there is none. */
        String refusedId;
        String detail;

        /** The detail, after what stands for a record id the entry may not keep. */
        String withRefusedId(String text) {
            if (refusedId == null) {
                return text;
            }
            return text == null ? refusedId : refusedId + "; " + text;
        }
    }

    private final class Context implements CallContext {
        private final Principal principal;
        private final StorageSession session;
        private final Instant now;
        private final Audit audit;
        /** What {@link #perCall} built, by type; most calls build nothing. */
        private Map<Class<?>, Object> builtForTheCall;

        Context(Principal principal, StorageSession session, Instant now, Audit audit) {
            this.principal = principal;
            this.session = session;
            this.now = now;
            this.audit = audit;
        }

        @Override
        public Principal principal() {
            return principal;
        }

        @Override
        public StorageSession session() {
            return session;
        }

        @Override
        public Instant now() {
            return now;
        }

        @Override
        public LocalDate today() {
            return LocalDate.ofInstant(now, clock.getZone());
        }

        @Override
        public <T> T perCall(Class<T> type, Function<CallContext, T> build) {
            if (builtForTheCall == null) {
                builtForTheCall = new HashMap<>();
            }
            Object built = builtForTheCall.get(type);
            if (built == null) {
                built = build.apply(this);
                builtForTheCall.put(type, built);
            }
            return type.cast(built);
        }

        @Override
        public String newId() {
            return ids.newId();
        }

        @Override
        public boolean canSeeOrganization(String organizationId) {
            return principal.organizationId().equals(organizationId)
                    || principal.hasPermission(Permission.SYSTEM_ADMIN.key());
        }

        @Override
        public void auditRecord(String recordType, String recordId) {
            audit.recordType = recordType;
            audit.recordId = recordId == null || AuditedIds.keeps(recordId) ? recordId : null;
            audit.refusedId = recordId == null || audit.recordId != null ? null : AuditedIds.refused(recordId);
            audit.detail = audit.withRefusedId(null);
        }

        @Override
        public void auditDetail(String detail) {
            audit.detail = audit.withRefusedId(detail);
        }
    }
}
