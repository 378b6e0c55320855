// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.storage;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.caseload.clients.ClientSearch;
import org.caseload.clients.RegisterClient;
import org.caseload.core.Caseload;
import org.caseload.core.EphemeralKeyProvider;
import org.caseload.core.Permission;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.tickets.TicketContact.ContactMethod;
import org.caseload.spi.storage.tickets.TicketKind;
import org.caseload.ticketing.ReporterContact;
import org.caseload.ticketing.SubmitTicket;
import org.caseload.ticketing.TicketService;
import org.caseload.ticketing.TicketSource;
import org.caseload.ticketing.Ticketing;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Throughput of three whole service calls (each with its permission check, validation, unit of
 * work and audit entry) on each storage: registering a client, searching by name among the
 * clients registered so far (10,000 seeded first), and submitting a support ticket. The in-memory
 * storage is the baseline the databases are compared with in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StorageBenchmark {

    private static final String[] FIRST_NAMES = {"maria", "james", "aisha", "nguyen", "olga", "pedro", "sam", "lee"};
    private static final String[] LAST_NAMES = {"garcia", "smith", "okafor", "tran", "ivanova", "silva", "park"};
    private static final int SEEDED_CLIENTS = 10_000;

    @Param({"MEMORY", "H2", "POSTGRESQL"})
    public BenchmarkStorages storage;

    private final AtomicLong counter = new AtomicLong();
    private Storage opened;
    private Caseload caseload;
    private TicketService tickets;

    @Setup(Level.Trial)
    public void start() {
        Principal worker = new Principal("bench", "Benchmark", "org-bench", Set.of("bench"), Set.of(
                Permission.CLIENT_READ.key(), Permission.CLIENT_WRITE.key(), Permission.TICKET_SUBMIT.key()),
                Locale.US);
        opened = storage.open();
        // Each trial opens a fresh database: keys that live as long as the trial are enough.
        caseload = Caseload.builder().storage(opened).identity(() -> Optional.of(worker))
                .keyProvider(new EphemeralKeyProvider()).build();
        tickets = Ticketing.create(caseload, message -> { }).tickets();
        for (int i = 0; i < SEEDED_CLIENTS; i++) {
            register();
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        caseload.close();
        BenchmarkStorages.close(opened);
    }

    @Benchmark
    public Object register() {
        long n = counter.incrementAndGet();
        return caseload.clients().register(RegisterClient.of(FIRST_NAMES[(int) (n % FIRST_NAMES.length)],
                LAST_NAMES[(int) (n / FIRST_NAMES.length % LAST_NAMES.length)] + (n % 997),
                LocalDate.of(1950 + (int) (n % 50), 1 + (int) (n % 12), 1 + (int) (n % 28))).confirmingDuplicates());
    }

    @Benchmark
    public Object search() {
        long n = counter.incrementAndGet();
        return caseload.clients().search(ClientSearch.text(
                FIRST_NAMES[(int) (n % FIRST_NAMES.length)] + " " + LAST_NAMES[(int) (n % LAST_NAMES.length)] + (n % 997))
                .page(0, 10));
    }

    @Benchmark
    public Object submitTicket() {
        return tickets.submit(SubmitTicket.of(TicketKind.QUESTION, "How do I record a second alias?",
                new TicketSource("client.intake", null, null, "bench", null),
                new ReporterContact("Benchmark", "bench@example.org", null, ContactMethod.EMAIL)));
    }
}
