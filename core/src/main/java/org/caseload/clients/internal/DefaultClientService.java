package org.caseload.clients.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseload.clients.Client;
import org.caseload.clients.ClientMatch;
import org.caseload.clients.ClientSearch;
import org.caseload.clients.ClientService;
import org.caseload.clients.RegisterClient;
import org.caseload.core.CallContext;
import org.caseload.core.Kernel;
import org.caseload.core.Operation;
import org.caseload.core.Permission;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.storage.ClientRecord;
import org.caseload.spi.storage.MatchKeyQuery;

/** The client service over a runtime's {@link Kernel}. */
public final class DefaultClientService implements ClientService {

    static final String RECORD_TYPE = "client";
    private static final Operation REGISTER = new Operation("client.register", Permission.CLIENT_WRITE);
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
            String firstName = Names.clean(command.firstName());
            String middleName = Names.clean(command.middleName());
            String lastName = Names.clean(command.lastName());
            String suffix = Names.clean(command.suffix());
            ClientRecord record = new ClientRecord(context.newId(), context.principal().organizationId(),
                    firstName, middleName, lastName, suffix, command.dateOfBirth(),
                    MatchKeys.forNames(firstName, middleName, lastName),
                    context.now(), context.now(), 1);
            ClientRecord stored = context.session().clients().insert(record);
            context.auditRecord(RECORD_TYPE, stored.id());
            return toClient(stored);
        });
    }

    @Override
    public Client get(String clientId) {
        return kernel.call(GET, null, context -> {
            context.auditRecord(RECORD_TYPE, clientId);
            return context.session().clients().findById(clientId)
                    .filter(record -> context.canSeeOrganization(record.organizationId()))
                    .map(DefaultClientService::toClient)
                    .orElseThrow(() -> new NotFoundException(RECORD_TYPE, clientId));
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
                    .map(record -> new ClientMatch(toClient(record), score(searched, record)))
                    .sorted(Comparator.comparingDouble(ClientMatch::score).reversed()
                            .thenComparing(match -> match.client().lastName())
                            .thenComparing(match -> match.client().firstName())
                            .thenComparing(match -> match.client().id()))
                    .limit(search.limit())
                    .toList();
            context.auditDetail(matches.size() + " matches");
            return matches;
        });
    }

    /** The organizations a search looks in: the caller's own, or every one for a system administrator. */
    private static Set<String> visibleOrganizations(CallContext context) {
        return context.principal().hasPermission(Permission.SYSTEM_ADMIN.key())
                ? Set.of()
                : Set.of(context.principal().organizationId());
    }

    /** The share of the searched name tokens that appear among the client's name tokens. */
    private static double score(Set<String> searched, ClientRecord record) {
        Set<String> names = Names.tokens(record.firstName());
        names.addAll(Names.tokens(record.middleName()));
        names.addAll(Names.tokens(record.lastName()));
        long found = searched.stream().filter(names::contains).count();
        return (double) found / searched.size();
    }

    private static Client toClient(ClientRecord record) {
        return new Client(record.id(), record.organizationId(), record.firstName(), record.middleName(),
                record.lastName(), record.suffix(), record.dateOfBirth(), record.createdAt(), record.version());
    }
}
