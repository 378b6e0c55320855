// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.DetectAmong;
import org.caseload.clients.RegisterClient;
import org.caseload.clients.RegisteredClients;
import org.caseload.core.internal.Kernel;
import org.caseload.linkage.MatchEngine;
import org.caseload.linkage.MatchSubject;
import org.caseload.linkage.ProgressListener;
import org.caseload.spi.error.ValidationException;

/**
 * The first pass of a {@link DetectAmong} run: every description checked as a registration would
 * be, repaired or left out when it breaks a rule, and turned into the engine's subject, named by
 * its position. Nothing is stored: no record, index or match key is built for a client that only
 * has to be compared.
 */
final class DescribedClients {

    /** How many descriptions pass between polls of the cancellation and progress. */
    private static final int POLL = 1_024;
    /** The passes a run reports progress over: checking, then the engine's comparing and scoring. */
    static final int PASSES = 3;

    private final List<MatchSubject> subjects;
    private final List<RegisteredClients.Refused> refused;
    private final boolean cancelled;

    private DescribedClients(List<MatchSubject> subjects, List<RegisteredClients.Refused> refused, boolean cancelled) {
        this.subjects = subjects;
        this.refused = refused;
        this.cancelled = cancelled;
    }

    /** Checks and prepares the command's clients, reporting progress as the first of three passes. */
    static DescribedClients check(Kernel kernel, DetectAmong command, LocalDate today) {
        List<ClientDetails> all = command.clients();
        long total = (long) PASSES * all.size();
        List<MatchSubject> subjects = new ArrayList<>(all.size());
        List<RegisteredClients.Refused> refused = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (i % POLL == 0) {
                if (command.cancelled().getAsBoolean()) {
                    return new DescribedClients(subjects, refused, true);
                }
                command.progress().onProgress(i, total);
            }
            ClientDetails details = all.get(i);
            try {
                details = valid(kernel, details);
            } catch (ValidationException broken) {
                ClientDetails repaired = command.repair().repair(i, details, broken.violations());
                try {
                    details = repaired == null ? null : valid(kernel, repaired);
                } catch (ValidationException stillBroken) {
                    broken = stillBroken;
                    details = null;
                }
                if (details == null) {
                    refused.add(new RegisteredClients.Refused(i, broken.violations()));
                    continue;
                }
            }
            subjects.add(ClientSubjects.of(Integer.toString(i), ClientRecords.identity(details),
                    AddressHistory.apply(List.of(), ClientRecords.currentAddress(details.contact()), today)));
        }
        command.progress().onProgress(all.size(), total);
        return new DescribedClients(subjects, refused, false);
    }

    /** The details when a registration of them would be valid. */
    private static ClientDetails valid(Kernel kernel, ClientDetails details) {
        kernel.validate(new RegisterClient(details, List.of()));
        return SsnMasking.forRegistration("RegisterClient", details);
    }

    /**
     * The command's listener, told the engine's two passes as the second and third of the run's
     * three; still a {@link MatchEngine.PairProgress} when the command's listener is one.
     */
    static ProgressListener afterChecking(DetectAmong command) {
        ProgressListener progress = command.progress();
        long checked = command.clients().size();
        long total = (long) PASSES * checked;
        if (progress instanceof MatchEngine.PairProgress pairs) {
            return new MatchEngine.PairProgress() {
                @Override
                public void onProgress(long done, long engineTotal) {
                    pairs.onProgress(checked + done * 2 * checked / Math.max(1, engineTotal), total);
                }

                @Override
                public void onPairs(long compared) {
                    pairs.onPairs(compared);
                }
            };
        }
        return (done, engineTotal) -> progress.onProgress(checked + done * 2 * checked / Math.max(1, engineTotal),
                total);
    }

    List<MatchSubject> subjects() {
        return subjects;
    }

    List<RegisteredClients.Refused> refused() {
        return refused;
    }

    boolean cancelled() {
        return cancelled;
    }
}
