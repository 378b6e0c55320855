package org.caseload.clients.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseload.clients.Client;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.ClientMatch;
import org.caseload.clients.ClientSearch;
import org.caseload.clients.ClientService;
import org.caseload.clients.RegisterClient;
import org.caseload.clients.UpdateClient;
import org.caseload.core.CallContext;
import org.caseload.core.Kernel;
import org.caseload.core.Operation;
import org.caseload.core.Permission;
import org.caseload.core.forms.internal.FormEntries;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.forms.FormValues;
import org.caseload.spi.storage.ClientAddress;
import org.caseload.spi.storage.ClientIdentity;
import org.caseload.spi.storage.ClientRecord;
import org.caseload.spi.storage.MatchKeyQuery;

/** The client service over a runtime's {@link Kernel}. */
public final class DefaultClientService implements ClientService {

    static final String RECORD_TYPE = "client";
    private static final Operation REGISTER = new Operation("client.register", Permission.CLIENT_WRITE);
    private static final Operation UPDATE = new Operation("client.update", Permission.CLIENT_WRITE);
    private static final Operation GET = new Operation("client.get", Permission.CLIENT_READ);
    private static final Operation SEARCH = new Operation("client.search", Permission.CLIENT_READ);
    /** How many candidates a search scores, per match it returns. */
    private static final int CANDIDATES_PER_MATCH = 5;

    private final Kernel kernel;

    public DefaultClientService(Kernel kernel) {
        this.kernel = kernel;
    }

    @Override
    public Client register(RegisterClient command) {
        return kernel.call(REGISTER, command, context -> {
            String organizationId = context.principal().organizationId();
            ClientDetails details = command.details();
            ClientIdentity identity = ClientRecords.identity(details);
            List<ClientAddress> addresses = AddressHistory.apply(List.of(),
                    ClientRecords.currentAddress(details.contact()), today(context));
            ClientRecord record = new ClientRecord(context.newId(), organizationId, identity,
                    ClientRecords.demographics(details), ClientRecords.contact(details.contact(), addresses),
                    FormEntries.completeAll(kernel.forms(), organizationId, command.forms()),
                    MatchKeys.of(identity), context.now(), context.now(), 1);
            ClientRecord stored = context.session().clients().insert(record);
            context.auditRecord(RECORD_TYPE, stored.id());
            return ClientRecords.toClient(stored);
        });
    }

    @Override
    public Client update(UpdateClient command) {
        return kernel.call(UPDATE, command, context -> {
            context.auditRecord(RECORD_TYPE, command.clientId());
            ClientRecord current = visible(context, command.clientId());
            if (current.version() != command.version()) {
                throw new ConcurrentModificationException(RECORD_TYPE, current.id(), command.version());
            }
            if (!command.forms().isEmpty() && !current.organizationId().equals(context.principal().organizationId())) {
                // The caller's organization's forms were checked, but the client's organization's apply.
                throw new ValidationException("UpdateClient", List.of(new Violation("forms",
                        "caseload.form.otherOrganization", "form values can only be entered by a user of the "
                        + "client's organization", "a collection of " + command.forms().size() + " items")));
            }
            ClientDetails details = command.details();
            ClientIdentity identity = ClientRecords.identity(details);
            List<ClientAddress> addresses = AddressHistory.apply(current.contact().addresses(),
                    ClientRecords.currentAddress(details.contact()), today(context));
            List<FormValues> forms = FormEntries.merge(current.forms(),
                    FormEntries.completeAll(kernel.forms(), current.organizationId(), command.forms()));
            ClientRecord changed = new ClientRecord(current.id(), current.organizationId(), identity,
                    ClientRecords.demographics(details), ClientRecords.contact(details.contact(), addresses), forms,
                    MatchKeys.of(identity), current.createdAt(), context.now(), command.version());
            ClientRecord stored = context.session().clients().update(changed);
            context.auditDetail(ChangedElements.between(current, stored));
            return ClientRecords.toClient(stored);
        });
    }

    @Override
    public Client get(String clientId) {
        return kernel.call(GET, null, context -> {
            context.auditRecord(RECORD_TYPE, clientId);
            return ClientRecords.toClient(visible(context, clientId));
        });
    }

    @Override
    public List<ClientMatch> search(ClientSearch search) {
        return kernel.call(SEARCH, search, context -> {
            Set<String> searched = Names.tokens(search.name());
            if (searched.isEmpty()) {
                return List.of();
            }
            Set<String> keys = searched.stream().map(MatchKeys::forToken).collect(Collectors.toSet());
            List<ClientRecord> candidates = context.session().clients().findByMatchKeys(new MatchKeyQuery(
                    keys, visibleOrganizations(context), search.limit() * CANDIDATES_PER_MATCH));
            List<ClientMatch> matches = candidates.stream()
                    .filter(record -> context.canSeeOrganization(record.organizationId()))
                    .map(record -> new ClientMatch(ClientRecords.toClient(record), score(searched, record)))
                    .sorted(Comparator.comparingDouble(ClientMatch::score).reversed()
                            .thenComparing(match -> match.client().details().lastName(),
                                    Comparator.nullsLast(Comparator.<String>naturalOrder()))
                            .thenComparing(match -> match.client().details().firstName(),
                                    Comparator.nullsLast(Comparator.<String>naturalOrder()))
                            .thenComparing(match -> match.client().id()))
                    .limit(search.limit())
                    .toList();
            context.auditDetail(matches.size() + " matches");
            return matches;
        });
    }

    /** The client, when the caller may see it; otherwise not found, exactly as if it did not exist. */
    private static ClientRecord visible(CallContext context, String clientId) {
        return context.session().clients().findById(clientId)
                .filter(record -> context.canSeeOrganization(record.organizationId()))
                .orElseThrow(() -> new NotFoundException(RECORD_TYPE, clientId));
    }

    /** The date of the call, in the runtime clock's time zone. */
    private LocalDate today(CallContext context) {
        return LocalDate.ofInstant(context.now(), kernel.clock().getZone());
    }

    /** The organizations a search looks in: the caller's own, or every one for a system administrator. */
    private static Set<String> visibleOrganizations(CallContext context) {
        return context.principal().hasPermission(Permission.SYSTEM_ADMIN.key())
                ? Set.of()
                : Set.of(context.principal().organizationId());
    }

    /** The share of the searched name tokens found among the tokens of the client's names and aliases. */
    private static double score(Set<String> searched, ClientRecord record) {
        Set<String> names = MatchKeys.nameTokens(record.identity());
        long found = searched.stream().filter(names::contains).count();
        return (double) found / searched.size();
    }
}
