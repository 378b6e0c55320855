// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.ClientLink;
import org.caseload.clients.ClientMerge;
import org.caseload.clients.DetectAmong;
import org.caseload.clients.DetectedAmong;
import org.caseload.clients.DetectDuplicates;
import org.caseload.clients.DuplicateCandidate;
import org.caseload.clients.DuplicateService;
import org.caseload.clients.LinkClients;
import org.caseload.clients.MergeClients;
import org.caseload.clients.UnlinkClients;
import org.caseload.clients.UnmergeClients;
import org.caseload.linkage.DetectionSummary;
import org.caseload.linkage.MatchSubject;
import org.caseload.linkage.ScoredPair;
import org.caseload.core.internal.CallContext;
import org.caseload.core.internal.Kernel;
import org.caseload.core.internal.Operation;
import org.caseload.core.Permission;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.storage.clients.ClientIdentity;
import org.caseload.spi.storage.clients.ClientLinkRecord;
import org.caseload.spi.storage.clients.ClientMergeRecord;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.ClientScan;
import org.caseload.core.internal.Messages;

/** The duplicate service over a runtime's {@link Kernel}; merging is left to {@link ClientMerger}. */
public final class DefaultDuplicateService implements DuplicateService {

    /** The id the described person carries in an intake check's pairs. */
    static final String DESCRIBED = "new";
    private static final Operation CHECK = Operation.reading("client.duplicates.check", Permission.CLIENT_READ);
    private static final Operation DETECT = new Operation("client.duplicates.detect", Permission.CLIENT_READ);
    private static final Operation DETECT_AMONG = new Operation("client.duplicates.detectAmong",
            Permission.CLIENT_READ);
    private static final Operation MERGE = new Operation("client.merge", Permission.CLIENT_MERGE);
    private static final Operation UNMERGE = new Operation("client.unmerge", Permission.CLIENT_MERGE);
    private static final Operation LINK = new Operation("client.link", Permission.CLIENT_MERGE);
    private static final Operation UNLINK = new Operation("client.unlink", Permission.CLIENT_MERGE);
    private static final Operation LINKS = Operation.reading("client.links", Permission.CLIENT_READ);
    private static final String LINK_TYPE = "clientLink";
    private static final String MERGE_TYPE = "clientMerge";
    /** Clients read per page while loading a bulk run. */
    private static final int SCAN_PAGE = 1_000;

    private final Kernel kernel;
    private final ClientMatching matching;

    public DefaultDuplicateService(Kernel kernel, ClientMatching matching) {
        this.kernel = kernel;
        this.matching = matching;
    }

    @Override
    public List<DuplicateCandidate> check(ClientDetails details) {
        return kernel.call(CHECK, details, context -> {
            ClientIdentity identity = ClientRecords.identity(details);
            LocalDate today = LocalDate.ofInstant(context.now(), kernel.clock().getZone());
            MatchSubject subject = ClientSubjects.of(DESCRIBED, identity,
                    AddressHistory.apply(List.of(), ClientRecords.currentAddress(details.contact()), today));
            List<DuplicateCandidate> candidates = matching.duplicatesOf(context,
                            SsnComparison.forCaller(context, subject)).stream()
                    .map(candidate -> new DuplicateCandidate(ClientRecords.toClient(candidate.record()),
                            candidate.match()))
                    .toList();
            context.auditDetail(SsnComparison.remark(context, subject.ssn() != null,
                    candidates.size() + " candidates"));
            return candidates;
        });
    }

    @Override
    public DetectionSummary detect(DetectDuplicates command, Consumer<ScoredPair> sink) {
        return kernel.call(DETECT, command, context -> {
            if (command.allOrganizations() && !context.principal().hasPermission(Permission.SYSTEM_ADMIN.key())) {
                throw new AccessDeniedException("detecting duplicates in every organization needs "
                        + Permission.SYSTEM_ADMIN.key());
            }
            List<MatchSubject> subjects = subjects(context, command.allOrganizations());
            Set<String> linked = linkedPairs(context, command.allOrganizations());
            // Two passes over the clients: comparing the candidate pairs, then scoring them with the
            // weights estimated from those comparisons.
            DetectionSummary summary = matching.engine().detect(subjects, command.minimum(), command.threads(),
                    command.progress(), command.cancelled(), pair -> {
                        ScoredPair ordered = ordered(pair);
                        if (!linked.contains(ordered.idA() + '|' + ordered.idB())) {
                            sink.accept(ordered);
                        }
                    });
            context.auditDetail(summary.subjects() + " clients, " + summary.candidatePairs() + " pairs compared, "
                    + summary.reportedPairs() + " reported, " + summary.droppedKeys() + " blocking keys dropped"
                    + (summary.cancelled() ? ", cancelled" : ""));
            return summary;
        });
    }

    @Override
    public DetectedAmong detectAmong(DetectAmong command, Consumer<ScoredPair> sink) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(sink, "sink");
        // The command is not validated whole: each description is checked on its own, so that one
        // bad row is reported by its position instead of refusing the run.
        return kernel.call(DETECT_AMONG, null, context -> {
            DescribedClients described = DescribedClients.check(kernel, command,
                    LocalDate.ofInstant(context.now(), kernel.clock().getZone()));
            DetectionSummary summary = described.cancelled()
                    ? new DetectionSummary(described.subjects().size(), 0, 0, true)
                    : matching.engine().detect(described.subjects(), command.minimum(), command.threads(),
                            DescribedClients.afterChecking(command), command.cancelled(),
                            pair -> sink.accept(inPositionOrder(pair)));
            context.auditDetail(command.clients().size() + " clients described, " + described.refused().size()
                    + " refused, " + summary.candidatePairs() + " pairs compared, " + summary.reportedPairs()
                    + " reported, " + summary.droppedKeys() + " blocking keys dropped"
                    + (summary.cancelled() ? ", cancelled" : ""));
            return new DetectedAmong(summary, described.refused());
        });
    }

    @Override
    public ClientMerge merge(MergeClients command) {
        return kernel.call(MERGE, command, context -> {
            context.auditRecord(DefaultClientService.RECORD_TYPE, command.sourceClientId());
            return ClientMerger.merge(context, command);
        });
    }

    @Override
    public ClientMerge unmerge(UnmergeClients command) {
        return kernel.call(UNMERGE, command, context -> {
            context.auditRecord(MERGE_TYPE, command.mergeId());
            return ClientMerger.unmerge(context, command);
        });
    }

    @Override
    public ClientLink link(LinkClients command) {
        return kernel.call(LINK, command, context -> {
            if (command.clientIdA().equals(command.clientIdB())) {
                throw new ValidationException("LinkClients", List.of(Messages.violation("clientIdB",
                        "caseload.client.link.self", "the same id as clientIdA")));
            }
            ClientRecord a = ClientVisibility.visibleClient(context, command.clientIdA());
            ClientRecord b = ClientVisibility.visibleClient(context, command.clientIdB());
            String first = a.id().compareTo(b.id()) < 0 ? a.id() : b.id();
            String second = first.equals(a.id()) ? b.id() : a.id();
            boolean linkedAlready = context.session().clientLinks().findByClient(first).stream()
                    .anyMatch(link -> link.clientIdB().equals(second) || link.clientIdA().equals(second));
            if (linkedAlready) {
                throw new InvalidTransitionException(DefaultClientService.RECORD_TYPE, first, "linked", "linked");
            }
            ClientLinkRecord link = new ClientLinkRecord(context.newId(), context.principal().organizationId(), first,
                    second, command.reason(), context.principal().userId(), context.now());
            context.session().clientLinks().insert(link);
            context.auditRecord(LINK_TYPE, link.id());
            context.auditDetail("linked clients " + first + " and " + second);
            return toLink(link);
        });
    }

    @Override
    public void unlink(UnlinkClients command) {
        kernel.call(UNLINK, command, context -> {
            context.auditRecord(LINK_TYPE, command.linkId());
            ClientLinkRecord link = visibleLink(context, command.linkId());
            context.session().clientLinks().delete(link.id());
            context.auditDetail("unlinked clients " + link.clientIdA() + " and " + link.clientIdB());
            return null;
        });
    }

    @Override
    public List<ClientLink> links(String clientId) {
        return kernel.call(LINKS, null, context -> {
            context.auditRecord(DefaultClientService.RECORD_TYPE, clientId);
            ClientVisibility.visibleClient(context, clientId);
            // A link to a client the caller may not see is not shown: it would reveal that client.
            return context.session().clientLinks().findByClient(clientId).stream()
                    .filter(link -> isVisible(context, link.clientIdA()) && isVisible(context, link.clientIdB()))
                    .map(DefaultDuplicateService::toLink)
                    .toList();
        });
    }

    /** The visible, unmerged clients of the run's organizations, in id order, as the engine sees them. */
    private static List<MatchSubject> subjects(CallContext context, boolean allOrganizations) {
        Set<String> organizations = allOrganizations ? Set.of() : Set.of(context.principal().organizationId());
        List<MatchSubject> subjects = new ArrayList<>();
        String after = null;
        List<ClientRecord> page;
        do {
            page = context.session().clients().scan(new ClientScan(organizations, after, SCAN_PAGE));
            for (ClientRecord client : page) {
                if (client.mergedInto() == null && ClientVisibility.canSee(context, client)) {
                    subjects.add(ClientSubjects.of(client));
                }
            }
            after = page.isEmpty() ? after : page.get(page.size() - 1).id();
        } while (page.size() == SCAN_PAGE);
        return subjects;
    }

    /** The linked pairs of the run's organizations, as {@code idA|idB}. */
    private static Set<String> linkedPairs(CallContext context, boolean allOrganizations) {
        Set<String> organizations = allOrganizations ? Set.of() : Set.of(context.principal().organizationId());
        Set<String> pairs = new HashSet<>();
        context.session().clientLinks().findByOrganizations(organizations)
                .forEach(link -> pairs.add(link.clientIdA() + '|' + link.clientIdB()));
        return pairs;
    }

    /** The pair with the client described earlier first (ids are positions, in decimal). */
    private static ScoredPair inPositionOrder(ScoredPair pair) {
        return Integer.parseInt(pair.idA()) <= Integer.parseInt(pair.idB()) ? pair : swapped(pair);
    }

    private static ScoredPair ordered(ScoredPair pair) {
        return pair.idA().compareTo(pair.idB()) <= 0 ? pair : swapped(pair);
    }

    private static ScoredPair swapped(ScoredPair pair) {
        return new ScoredPair(pair.idB(), pair.idA(), pair.score(), pair.probability(), pair.classification(),
                pair.fields());
    }

    private static boolean isVisible(CallContext context, String clientId) {
        return context.session().clients().findById(clientId).filter(client -> ClientVisibility.canSee(context, client))
                .isPresent();
    }

    /** A link the caller may act on: made in their organization (any, for a system administrator). */
    private static ClientLinkRecord visibleLink(CallContext context, String linkId) {
        return context.session().clientLinks().findById(linkId)
                .filter(link -> context.canSeeOrganization(link.organizationId()))
                .orElseThrow(() -> new NotFoundException(LINK_TYPE, linkId));
    }

    private static ClientLink toLink(ClientLinkRecord link) {
        return new ClientLink(link.id(), link.clientIdA(), link.clientIdB(), link.linkedBy(), link.linkedAt());
    }

    static ClientMerge toMerge(ClientMergeRecord merge, int leftInPlace) {
        return new ClientMerge(merge.id(), merge.sourceClientId(), merge.targetClientId(),
                merge.moved().stream().map(moved -> moved.type() + ':' + moved.id()).toList(), leftInPlace,
                merge.mergedBy(),
                merge.mergedAt(), merge.unmergedBy(), merge.unmergedAt());
    }
}
