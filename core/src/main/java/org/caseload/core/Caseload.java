// SPDX-License-Identifier: Apache-2.0
package org.caseload.core;


import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.caseload.audit.AuditService;
import org.caseload.audit.internal.DefaultAuditService;
import org.caseload.casework.CaseNoteService;
import org.caseload.casework.ClientProfileService;
import org.caseload.casework.EnrollmentService;
import org.caseload.casework.HouseholdService;
import org.caseload.casework.ServiceDeliveryService;
import org.caseload.casework.internal.DefaultCaseNoteService;
import org.caseload.casework.internal.DefaultClientProfileService;
import org.caseload.casework.internal.DefaultEnrollmentService;
import org.caseload.casework.internal.DefaultHouseholdService;
import org.caseload.casework.internal.DefaultServiceDeliveryService;
import org.caseload.clients.ClientService;
import org.caseload.clients.DuplicateService;
import org.caseload.clients.internal.ClientMatching;
import org.caseload.clients.internal.DefaultDuplicateService;
import org.caseload.clients.internal.DefaultKeyRotationService;
import org.caseload.linkage.MatchEngine;
import org.caseload.clients.internal.DefaultClientService;
import org.caseload.core.internal.DefaultKernel;
import org.caseload.core.internal.KernelAccess;
import org.caseload.core.internal.ServiceGuard;
import org.caseload.sharing.ConsentService;
import org.caseload.sharing.SharingService;
import org.caseload.sharing.internal.DefaultConsentService;
import org.caseload.sharing.internal.DefaultSharingService;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.forms.FormProvider;
import org.caseload.spi.identity.IdentityProvider;
import org.caseload.spi.security.KeyProvider;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.ui.Notifier;

/**
 * One Caseload runtime: built once per application from explicit parts, thread-safe, costly to
 * build and cheap to use. It hands out the client and casework services; the other domain modules
 * ({@code Ticketing}, {@code Help}) are created from it.
 *
 * <pre>{@code
 * Caseload caseload = Caseload.builder()
 *     .storage(new InMemoryStorage())
 *     .identity(hostIdentityProvider)
 *     .build();
 * ClientService clients = caseload.clients();
 * }</pre>
 *
 * Close it when the application stops; that releases the validation machinery.
 */
public final class Caseload implements AutoCloseable {

    static {
        KernelAccess.install(runtime -> runtime.kernel);
    }

    private final DefaultKernel kernel;
    private final ClientService clients;
    private final DuplicateService duplicates;
    private final HouseholdService households;
    private final EnrollmentService enrollments;
    private final CaseNoteService caseNotes;
    private final ServiceDeliveryService serviceDeliveries;
    private final ClientProfileService clientProfiles;
    private final SharingService sharing;
    private final ConsentService consents;
    private final AuditService audit;
    private final KeyRotationService keyRotation;

    private Caseload(DefaultKernel kernel, MatchEngine matchEngine) {
        this.kernel = kernel;
        ClientMatching matching = new ClientMatching(matchEngine);
        DefaultClientService clientService = new DefaultClientService(kernel, matching);
        // Every service is handed out through a guard that refuses null arguments (docs/errors.md).
        this.clients = ServiceGuard.guard(ClientService.class, clientService);
        this.duplicates = ServiceGuard.guard(DuplicateService.class, new DefaultDuplicateService(kernel, matching));
        this.households = ServiceGuard.guard(HouseholdService.class, new DefaultHouseholdService(kernel));
        this.enrollments = ServiceGuard.guard(EnrollmentService.class, new DefaultEnrollmentService(kernel));
        this.caseNotes = ServiceGuard.guard(CaseNoteService.class, new DefaultCaseNoteService(kernel));
        this.serviceDeliveries = ServiceGuard.guard(ServiceDeliveryService.class,
                new DefaultServiceDeliveryService(kernel));
        this.clientProfiles = ServiceGuard.guard(ClientProfileService.class,
                new DefaultClientProfileService(kernel, clientService));
        this.sharing = ServiceGuard.guard(SharingService.class, new DefaultSharingService(kernel));
        this.consents = ServiceGuard.guard(ConsentService.class, new DefaultConsentService(kernel));
        this.audit = ServiceGuard.guard(AuditService.class, new DefaultAuditService(kernel));
        this.keyRotation = ServiceGuard.guard(KeyRotationService.class, new DefaultKeyRotationService(kernel, matching));
    }

    /** A builder for a new runtime. */
    public static Builder builder() {
        return new Builder();
    }

    /** The intake check, bulk duplicate detection, merging and linking clients. */
    public DuplicateService duplicates() {
        return duplicates;
    }

    /** Registering, finding and reading clients. */
    public ClientService clients() {
        return clients;
    }

    /** Households, their heads and members, and each client's primary household. */
    public HouseholdService households() {
        return households;
    }

    /** Projects and the enrollments of clients in them. */
    public EnrollmentService enrollments() {
        return enrollments;
    }

    /** Case notes, seen only inside the organization that wrote them. */
    public CaseNoteService caseNotes() {
        return caseNotes;
    }

    /** The service catalog and the services delivered to clients. */
    public ServiceDeliveryService serviceDeliveries() {
        return serviceDeliveries;
    }

    /** A client with their households, open enrollments, recent notes and services, in one call. */
    public ClientProfileService clientProfiles() {
        return clientProfiles;
    }

    /** Sharing agreements between organizations. */
    public SharingService sharing() {
        return sharing;
    }

    /** Clients' releases of information (consent) to other organizations. */
    public ConsentService consents() {
        return consents;
    }

    /** Reading the audit log, for organization and system administrators. */
    public AuditService audit() {
        return audit;
    }

    /**
     * Moving what is stored encrypted under older keys to the host's current ones, for system
     * administrators (see {@link #builder()}'s {@code keyProvider}).
     */
    public KeyRotationService keyRotation() {
        return keyRotation;
    }


    @Override
    public void close() {
        kernel.close();
    }

    /**
     * Assembles a {@link Caseload}. Storage and identity are required, and a key provider with a
     * durable storage; the rest have defaults (no custom forms, no notifications, the UTC system
     * clock, UUIDv7 ids, random keys that live as long as the runtime). Each setter rejects
     * null at once; {@link #build()} names every missing part. Not thread-safe; build once.
     */
    public static final class Builder {
        private Storage storage;
        private IdentityProvider identity;
        private FormProvider forms = FormProvider.none();
        private Notifier notifier = Notifier.none();
        private Clock clock = Clock.systemUTC();
        private IdGenerator ids;
        private MatchEngine matchEngine = MatchEngine.standard();
        private KeyProvider keyProvider;

        private Builder() {
        }

        /** Where records are kept (required). */
        public Builder storage(Storage storage) {
            this.storage = required(storage, "storage");
            return this;
        }

        /** Who is calling (required). */
        public Builder identity(IdentityProvider identity) {
            this.identity = required(identity, "identity");
            return this;
        }

        /** Organizations' custom forms (default: none). */
        public Builder forms(FormProvider forms) {
            this.forms = required(forms, "forms");
            return this;
        }

        /** User-facing notifications (default: none are sent). */
        public Builder notifier(Notifier notifier) {
            this.notifier = required(notifier, "notifier");
            return this;
        }

        /** The time source of every timestamp and date rule (default: the UTC system clock). */
        public Builder clock(Clock clock) {
            this.clock = required(clock, "clock");
            return this;
        }

        /**
         * How clients are matched: nicknames, thresholds and block sizes (default:
         * {@link MatchEngine#standard()}).
         */
        public Builder matchEngine(MatchEngine matchEngine) {
            this.matchEngine = required(matchEngine, "matchEngine");
            return this;
        }

        /**
         * The host's keys: SSNs and the values of form fields marked sensitive are stored
         * encrypted under them, and SSN match keys digested (see {@code docs/security.md}).
         * Required when the storage is {@linkplain Storage#durable() durable}; on a storage that
         * keeps nothing (in memory) the default is an {@link EphemeralKeyProvider}.
         */
        public Builder keyProvider(KeyProvider keyProvider) {
            this.keyProvider = required(keyProvider, "keyProvider");
            return this;
        }

        /** The ids of new records (default: UUIDv7 from the clock). */
        public Builder ids(IdGenerator ids) {
            this.ids = required(ids, "ids");
            return this;
        }

        /**
         * Builds the runtime.
         *
         * @throws ConfigurationException naming every required part that is missing
         */
        public Caseload build() {
            List<String> missing = new ArrayList<>();
            if (storage == null) {
                missing.add("storage is required: pass an InMemoryStorage, a JdbcStorage or the host's own Storage");
            }
            if (identity == null) {
                missing.add("identity is required: pass the host's IdentityProvider");
            }
            if (keyProvider == null && storage != null && storage.durable()) {
                missing.add("keyProvider is required with a durable storage (" + storage.getClass().getSimpleName()
                        + "): pass the host's KeyProvider, whose keys encrypt SSNs and sensitive form fields at rest "
                        + "and must outlive the process (docs/security.md)");
            }
            if (!missing.isEmpty()) {
                throw new ConfigurationException("the Caseload runtime", missing);
            }
            IdGenerator idGenerator = ids != null ? ids : IdGenerator.timeOrdered(clock);
            KeyProvider keys = keyProvider != null ? keyProvider : new EphemeralKeyProvider();
            return new Caseload(new DefaultKernel(storage, identity, forms, notifier, clock, idGenerator, keys),
                    matchEngine);
        }

        private static <T> T required(T part, String name) {
            if (part == null) {
                throw new ConfigurationException(name + " must not be null");
            }
            return part;
        }
    }
}
