// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import java.util.List;
import java.util.function.Consumer;
import org.caseload.linkage.DetectionSummary;
import org.caseload.linkage.ScoredPair;

/**
 * Finding the clients that are one person, and acting on it: the intake check, bulk detection,
 * merging and linking. Obtained from {@code Caseload.duplicates()}; thread-safe. Every call is
 * authenticated, permission-checked, scoped to the clients the caller may see, and audited with
 * client ids only.
 */
public interface DuplicateService {

    /**
     * The intake check: the clients the caller may see that may be the person described, probable
     * ones first, best first within a class; possible ones after them. {@link ClientService#register}
     * runs the same check.
     *
     * @throws org.caseload.spi.error.ValidationException when the details break a rule
     * @throws org.caseload.spi.error.AccessDeniedException without {@code client.read}
     */
    List<DuplicateCandidate> check(ClientDetails details);

    /**
     * Bulk detection over the caller's organization (or every organization): every pair at least
     * as likely as {@code command.minimum()}, handed to the sink on the calling thread as it is found,
     * with client ids as {@code idA} and {@code idB} ({@code idA} sorts first). The weights are
     * estimated from the clients scanned (Fellegi–Sunter by EM, no labels). Merged-away clients and
     * linked pairs are left out. The cost grows about linearly with the number of clients.
     *
     * @return counts of what was done; {@code cancelled} when the run stopped early
     * @throws org.caseload.spi.error.AccessDeniedException without {@code client.read}, or without
     *         {@code system.admin} for every organization
     */
    DetectionSummary detect(DetectDuplicates command, Consumer<ScoredPair> sink);

    /**
     * Bulk detection over clients described in the command rather than stored (a file to
     * deduplicate): the same engine and estimate as {@link #detect}, nothing read from storage or
     * written to it. Each description is checked as a registration would check it first; one that
     * breaks a rule goes to the command's repair and, unrepaired, is left out and reported by its
     * position, never by its values. Pairs go to the sink on the calling thread, named by the
     * clients' positions in the command, in decimal, the earlier first.
     *
     * @return the detection's counts and the clients left out; {@code cancelled} when the run
     *         stopped early
     * @throws org.caseload.spi.error.AccessDeniedException without {@code client.read}
     */
    DetectedAmong detectAmong(DetectAmong command, Consumer<ScoredPair> sink);

    /**
     * Merges the source client into the target: the source is marked merged (reads of it answer
     * with the target's id in {@link Client#mergedInto()}), and its enrollments, case notes,
     * services and household memberships move to the target. Both clients must be in one
     * organization the caller belongs to.
     *
     * @throws org.caseload.spi.error.NotFoundException when either client does not exist or the
     *         caller may not see it
     * @throws org.caseload.spi.error.InvalidTransitionException when either is already merged
     * @throws org.caseload.spi.error.AccessDeniedException without {@code client.merge}
     */
    ClientMerge merge(MergeClients command);

    /**
     * Undoes a merge: the source is a client again, and every record the merge moved goes back to
     * it (records added to the target since stay there).
     *
     * @throws org.caseload.spi.error.NotFoundException when the merge does not exist or the caller
     *         may not see it
     * @throws org.caseload.spi.error.InvalidTransitionException when it was undone already, or the
     *         target has since been merged into another client
     * @throws org.caseload.spi.error.AccessDeniedException without {@code client.merge}
     */
    ClientMerge unmerge(UnmergeClients command);

    /**
     * Records that two clients are one person while keeping both records (for instance, one held
     * by each of two organizations). Bulk detection no longer reports the pair.
     *
     * @throws org.caseload.spi.error.NotFoundException when either client does not exist or the
     *         caller may not see it
     * @throws org.caseload.spi.error.InvalidTransitionException when they are linked already
     * @throws org.caseload.spi.error.AccessDeniedException without {@code client.merge}
     */
    ClientLink link(LinkClients command);

    /**
     * Removes a link.
     *
     * @throws org.caseload.spi.error.NotFoundException when it does not exist or the caller may not
     *         see it
     * @throws org.caseload.spi.error.AccessDeniedException without {@code client.merge}
     */
    void unlink(UnlinkClients command);

    /** The links of a client the caller may see. */
    List<ClientLink> links(String clientId);
}
