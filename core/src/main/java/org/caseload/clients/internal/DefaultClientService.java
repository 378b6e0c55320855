// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.caseload.clients.Client;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.ClientMatch;
import org.caseload.clients.ClientSearch;
import org.caseload.clients.ClientService;
import org.caseload.clients.ProbableDuplicateException;
import org.caseload.clients.RegisterClient;
import org.caseload.clients.RegisterClients;
import org.caseload.clients.RegisteredClients;
import org.caseload.clients.UpdateClient;
import org.caseload.linkage.MatchClassification;
import org.caseload.linkage.MatchEngine;
import org.caseload.linkage.MatchModel;
import org.caseload.linkage.MatchSubject;
import org.caseload.linkage.ScoredPair;
import org.caseload.core.internal.CallContext;
import org.caseload.core.internal.Kernel;
import org.caseload.core.internal.Operation;
import org.caseload.core.Permission;
import org.caseload.core.forms.internal.FormEntries;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.forms.FormValues;
import org.caseload.spi.storage.clients.ClientAddress;
import org.caseload.spi.storage.clients.ClientIdentity;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.core.internal.Messages;

/** The client service over a runtime's {@link Kernel}. */
public final class DefaultClientService implements ClientService {

    static final String RECORD_TYPE = "client";
    private static final Operation REGISTER = new Operation("client.register", Permission.CLIENT_WRITE);
    private static final Operation REGISTER_ALL = new Operation("client.registerAll", Permission.CLIENT_WRITE);
    /** How many registrations pass between polls of a bulk load's cancellation and progress. */
    private static final int BULK_POLL = 256;
    private static final Operation UPDATE = new Operation("client.update", Permission.CLIENT_WRITE);
    private static final Operation GET = Operation.reading("client.get", Permission.CLIENT_READ);
    private static final Operation SEARCH = Operation.reading("client.search", Permission.CLIENT_READ);
    /** How many candidates a search scores, per match it returns. */
    private static final int CANDIDATES_PER_MATCH = 5;
    /** The most candidates one search scores. */
    private static final int MAX_CANDIDATES = 500;

    private final Kernel kernel;
    private final ClientMatching matching;
    private final SsnReveal ssnReveal;

    public DefaultClientService(Kernel kernel, ClientMatching matching) {
        this.kernel = kernel;
        this.matching = matching;
        this.ssnReveal = new SsnReveal(kernel);
    }

    @Override
    public Client register(RegisterClient command) {
        return kernel.call(REGISTER, command, context -> {
            String organizationId = context.principal().organizationId();
            ClientDetails details = SsnMasking.forRegistration("RegisterClient", command.details());
            ClientIdentity identity = ClientRecords.identity(details);
            List<ClientAddress> addresses = AddressHistory.apply(List.of(),
                    ClientRecords.currentAddress(details.contact()), today(context));
            String id = context.newId();
            ClientMatching.Indexed indexed = matching.index(id, identity, addresses);
            List<ScoredPair> probable = matching.duplicatesOf(context, indexed)
                    .stream()
                    .map(ClientMatching.Candidate::match)
                    .filter(match -> match.classification() == MatchClassification.PROBABLE)
                    .toList();
            if (!probable.isEmpty() && !command.confirmDuplicates()) {
                throw new ProbableDuplicateException(probable);
            }
            ClientRecord record = new ClientRecord(id, organizationId, identity,
                    ClientRecords.demographics(details), ClientRecords.contact(details.contact(), addresses),
                    FormEntries.completeAll(kernel.forms(), organizationId, command.forms()),
                    matching.keysOf(indexed), command.restrictedIntake(), null, context.now(),
                    context.now(), 1);
            ClientRecord stored = context.session().clients().insert(record);
            context.auditRecord(RECORD_TYPE, stored.id());
            if (!probable.isEmpty()) {
                context.auditDetail("confirmed as another person than probable duplicates "
                        + probable.stream().map(ScoredPair::idB).toList());
            }
            return ClientRecords.toClient(stored);
        });
    }

    @Override
    public RegisteredClients registerAll(RegisterClients command) {
        Objects.requireNonNull(command, "command");
        return kernel.call(REGISTER_ALL, null, context -> {
            String organizationId = context.principal().organizationId();
            LocalDate today = today(context);
            List<RegisterClient> all = command.clients();
            List<String> ids = new ArrayList<>(all.size());
            List<RegisteredClients.Refused> refused = new ArrayList<>();
            boolean cancelled = false;
            // Stored a batch at a time, each in a few statements on a database (ClientStore.insertAll).
            List<ClientRecord> pending = new ArrayList<>(BULK_POLL);
            for (int i = 0; i < all.size(); i++) {
                if (i % BULK_POLL == 0) {
                    insertAll(context, pending, ids);
                    if (command.cancelled().getAsBoolean()) {
                        cancelled = true;
                        break;
                    }
                    command.progress().onProgress(i, all.size());
                }
                RegisterClient registration = all.get(i);
                ClientDetails details;
                try {
                    kernel.validate(registration);
                    details = SsnMasking.forRegistration("RegisterClient", registration.details());
                } catch (ValidationException broken) {
                    refused.add(new RegisteredClients.Refused(i, broken.violations()));
                    continue;
                }
                ClientIdentity identity = ClientRecords.identity(details);
                List<ClientAddress> addresses = AddressHistory.apply(List.of(),
                        ClientRecords.currentAddress(details.contact()), today);
                String id = context.newId();
                ClientRecord record = new ClientRecord(id, organizationId, identity,
                        ClientRecords.demographics(details), ClientRecords.contact(details.contact(), addresses),
                        FormEntries.completeAll(kernel.forms(), organizationId, registration.forms()),
                        matching.keysOf(matching.index(id, identity, addresses)), registration.restrictedIntake(),
                        null, context.now(), context.now(), 1);
                pending.add(record);
            }
            insertAll(context, pending, ids);
            if (!cancelled) {
                command.progress().onProgress(all.size(), all.size());
            }
            context.auditDetail("registered " + ids.size() + " clients in bulk, without the intake check; refused "
                    + refused.size() + (cancelled ? "; cancelled" : ""));
            return new RegisteredClients(ids, refused, cancelled);
        });
    }

    /** Stores the pending records of a bulk registration, adds their ids, and empties the list. */
    private static void insertAll(CallContext context, List<ClientRecord> pending, List<String> ids) {
        if (!pending.isEmpty()) {
            context.session().clients().insertAll(pending).forEach(stored -> ids.add(stored.id()));
            pending.clear();
        }
    }

    @Override
    public Client update(UpdateClient command) {
        return kernel.call(UPDATE, command, context -> {
            context.auditRecord(RECORD_TYPE, command.clientId());
            ClientRecord current = ClientVisibility.visibleClient(context, command.clientId());
            if (!ClientVisibility.canChange(context, current)) {
                throw new AccessDeniedException("a client shared by another organization can be read, not changed");
            }
            if (current.version() != command.version()) {
                throw new ConcurrentModificationException(RECORD_TYPE, current.id(), command.version());
            }
            if (current.mergedInto() != null) {
                // Its casework lives on the client it was merged into: a change belongs there.
                throw new InvalidTransitionException(RECORD_TYPE, current.id(), "merged", "changed");
            }
            if (!command.forms().isEmpty() && !current.organizationId().equals(context.principal().organizationId())) {
                // The caller's organization's forms were checked, but the client's organization's apply.
                throw new ValidationException("UpdateClient", List.of(Messages.violation("forms",
                        "caseload.form.otherOrganization", "a collection of " + command.forms().size() + " items")));
            }
            ClientDetails details = SsnMasking.forUpdate("UpdateClient", command.details(), current);
            ClientIdentity identity = ClientRecords.identity(details);
            List<ClientAddress> addresses = AddressHistory.apply(current.contact().addresses(),
                    ClientRecords.currentAddress(details.contact()), today(context));
            List<FormValues> forms = FormEntries.merge(current.forms(),
                    FormEntries.completeAll(kernel.forms(), current.organizationId(), command.forms()));
            ClientRecord changed = new ClientRecord(current.id(), current.organizationId(), identity,
                    ClientRecords.demographics(details), ClientRecords.contact(details.contact(), addresses), forms,
                    matching.keysOf(matching.index(current.id(), identity, addresses)), current.restricted(),
                    current.mergedInto(), current.createdAt(), context.now(), command.version());
            ClientRecord stored = context.session().clients().update(changed);
            context.auditDetail(ChangedElements.between(current, stored));
            return ClientRecords.toClient(stored);
        });
    }

    @Override
    public Optional<String> revealSsn(String clientId, String reason) {
        return ssnReveal.reveal(clientId, reason);
    }

    @Override
    public Client get(String clientId) {
        return kernel.call(GET, null, context -> {
            context.auditRecord(RECORD_TYPE, clientId);
            return ClientRecords.toClient(ClientVisibility.visibleClient(context, clientId));
        });
    }

    @Override
    public List<ClientMatch> search(ClientSearch search) {
        return kernel.call(SEARCH, search, context -> {
            SearchText text = SearchText.parse(search.text());
            List<MatchSubject> given = SearchSubjects.readings(search, text);
            boolean ssnGiven = given.stream().anyMatch(reading -> reading.ssn() != null);
            List<MatchSubject> readings = new ArrayList<>();
            for (MatchSubject reading : given) {
                MatchSubject compared = SsnComparison.forCaller(context, reading);
                if (SearchSubjects.namesSomething(compared)) {
                    readings.add(compared);
                }
            }
            Set<String> keys = new LinkedHashSet<>();
            for (MatchSubject reading : readings) {
                matching.engine().matchKeys(reading).stream().filter(key -> !key.startsWith("yob:")).forEach(keys::add);
                keys.addAll(matching.engine().blockingKeys(reading));
            }
            boolean ssnCompared = readings.stream().anyMatch(reading -> reading.ssn() != null);
            int wanted = Math.min(MAX_CANDIDATES, (search.offset() + search.limit()) * CANDIDATES_PER_MATCH);
            // Sized for every candidate and the client named by id: no rehashing while it fills.
            Map<String, ClientRecord> candidates = new LinkedHashMap<>(2 * (wanted + 1));
            String clientId = search.clientId() != null ? search.clientId() : text.clientId();
            if (clientId != null) {
                context.session().clients().findById(clientId).ifPresent(record -> candidates.put(record.id(), record));
            }
            ClientMatching.Lookup lookup = keys.isEmpty() ? new ClientMatching.Lookup(List.of(), 0)
                    : matching.lookUp(context, keys, wanted, ssnCompared);
            lookup.found().forEach(record -> candidates.putIfAbsent(record.id(), record));
            int commonKeys = lookup.commonKeys();
            // Each reading and each candidate prepared once (names normalized, phonetic codes), not once a pair.
            MatchEngine engine = matching.engine();
            List<MatchEngine.Prepared> prepared = readings.stream().map(engine::prepare).toList();
            // Every candidate weighed by its best reading; only the page is scored in full, with the
            // probability and the explanation a match shows.
            List<Ranked> ranked = new ArrayList<>(candidates.size());
            for (ClientRecord record : candidates.values()) {
                if (record.mergedInto() != null || !ClientVisibility.canSee(context, record)) {
                    continue;
                }
                MatchEngine.Prepared found = engine.prepare(ClientSubjects.withoutAddress(record));
                MatchEngine.Prepared bestReading = null;
                double best = 0;
                for (MatchEngine.Prepared reading : prepared) {
                    double weight = engine.weigh(matching.model(), reading, found);
                    if (bestReading == null || weight > best) {
                        bestReading = reading;
                        best = weight;
                    }
                }
                ranked.add(new Ranked(record, found, bestReading, best, record.id().equals(clientId)));
            }
            List<ClientMatch> matches = ranked.stream()
                    .sorted(Comparator.comparing(Ranked::namedById).reversed()
                            .thenComparing(Comparator.comparingDouble(Ranked::score).reversed())
                            .thenComparing(Ranked::id))
                    .skip(search.offset())
                    .limit(search.limit())
                    // Only the page is opened: the record named by id was read opened, the lookup's may not be.
                    .map(match -> match.toMatch(match.namedById() ? match.record() : lookup.open(match.record()),
                            engine, matching.model()))
                    .toList();
            context.auditDetail(SsnComparison.remark(context, ssnGiven, matches.size() + " matches"
                    + (commonKeys == 0 ? "" : ", " + commonKeys + " keys too common to select by")));
            return matches;
        });
    }

    /**
     * A search candidate, prepared, and the reading it agrees with best, by how much: a candidate
     * without readings (found by id alone) has none and weighs nothing.
     */
    private record Ranked(ClientRecord record, MatchEngine.Prepared found, MatchEngine.Prepared bestReading,
            double score, boolean namedById) {

        String id() {
            return record.id();
        }

        /** The match shown for this candidate: {@code shown} (the record, opened) scored in full. */
        ClientMatch toMatch(ClientRecord shown, MatchEngine engine, MatchModel model) {
            if (bestReading == null) {
                return new ClientMatch(ClientRecords.toClient(shown), 1.0, List.of());
            }
            ScoredPair pair = engine.score(model, bestReading, found);
            return new ClientMatch(ClientRecords.toClient(shown), namedById ? 1.0 : pair.probability(), pair.fields());
        }
    }

    /** The date of the call, in the runtime clock's time zone. */
    private LocalDate today(CallContext context) {
        return LocalDate.ofInstant(context.now(), kernel.clock().getZone());
    }
}
