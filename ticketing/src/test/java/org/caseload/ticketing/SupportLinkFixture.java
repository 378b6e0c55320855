// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.caseload.core.Caseload;
import org.caseload.core.outbox.RetryPolicy;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.support.SupportMessage;
import org.caseload.ticketing.desk.SupportDesk;
import org.caseload.ticketing.sla.SlaConfiguration;
import org.caseload.ticketing.desk.SupportDeskService;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestClock;
import org.caseload.testing.TestUsers;
import org.caseload.testing.Role;
import org.caseload.testing.RecordingNotifier;

/**
 * Organizations and the vendor, each a runtime of its own over its own in-memory storage, joined
 * by one {@link InMemorySupportChannel}; one clock for all. Each side's endpoint receives as that
 * side's integration user. Close it after each test.
 */
final class SupportLinkFixture implements AutoCloseable {

    static final String VENDOR = "vendor";
    /** Retries that outlast {@link #settle}'s two-hour steps: a lost message is retried, never given up. */
    static final RetryPolicy PATIENT = RetryPolicy.defaults().withGiveUpAfter(Duration.ofDays(365));
    static final Principal DESK_LINK = TestUsers.builder("u-desk-link", VENDOR).named("Desk link")
                    .roles(Role.DESK_LINK).build();
    static final Principal AGENT = TestUsers.builder("u-agent", VENDOR).named("Terry Tier-two")
                    .roles(Role.SUPPORT_AGENT).build();

    /** One organization's side. */
    static final class Organization implements AutoCloseable {
        final String id;
        final Principal administrator;
        final Principal reporter;
        final Principal link;
        final TestIdentity identity = new TestIdentity();
        final RecordingNotifier notifier = new RecordingNotifier();
        final Caseload caseload;
        final Ticketing ticketing;
        final TicketService tickets;
        /** Every message delivered to this organization, repeats included. */
        final List<SupportMessage> received = new CopyOnWriteArrayList<>();

        Organization(String id, TestClock clock, InMemorySupportChannel channel) {
            this.id = id;
            administrator = TestUsers.builder("u-admin-" + id, id).named("Ada of " + id)
                    .roles(Role.CASEWORKER, Role.TICKET_ADMINISTRATOR).build();
            reporter = TestUsers.builder("u-reporter-" + id, id).named("Riley of " + id)
                    .roles(Role.TICKET_REPORTER).build();
            link = TestUsers.builder("u-link-" + id, id).named("Support link")
                    .roles(Role.SUPPORT_LINK).build();
            caseload = Caseload.builder().storage(new InMemoryStorage()).identity(identity).clock(clock)
                    .notifier(notifier).build();
            ticketing = Ticketing.builder(caseload, channel).retryPolicy(PATIENT).applicationVersion("4.2.1-" + id)
                    .build();
            tickets = ticketing.tickets();
            channel.connectOrganization(id, message -> as(link, () -> {
                received.add(message);
                tickets.receive(message);
                return null;
            }));
        }

        /** Runs {@code work} as {@code principal}, then gives the identity back. */
        <T> T as(Principal principal, Supplier<T> work) {
            return identity.callAs(principal, work);
        }

        @Override
        public void close() {
            caseload.close();
        }
    }

    final TestClock clock = TestClock.at("2025-03-03T10:00:00Z");
    final InMemorySupportChannel channel;
    final Map<String, Organization> organizations = new LinkedHashMap<>();
    final TestIdentity vendorIdentity = new TestIdentity();
    final RecordingNotifier vendorNotifier = new RecordingNotifier();
    final Caseload vendorCaseload;
    final SupportDesk desk;
    final SupportDeskService service;
    /** Every message delivered to the vendor, repeats included. */
    final List<SupportMessage> vendorReceived = new CopyOnWriteArrayList<>();

    SupportLinkFixture(InMemorySupportChannel channel, String... organizationIds) {
        this(channel, null, organizationIds);
    }

    /** With the desk keeping these service levels (none when null). */
    SupportLinkFixture(InMemorySupportChannel channel, SlaConfiguration levels, String... organizationIds) {
        this.channel = channel;
        vendorCaseload = Caseload.builder().storage(new InMemoryStorage()).identity(vendorIdentity).clock(clock)
                .notifier(vendorNotifier).build();
        SupportDesk.Builder builder = SupportDesk.builder(vendorCaseload, channel).retryPolicy(PATIENT);
        desk = (levels == null ? builder : builder.serviceLevels(levels)).build();
        service = desk.service();
        channel.connectVendor(message -> asVendor(DESK_LINK, () -> {
            vendorReceived.add(message);
            service.receive(message);
            return null;
        }));
        for (String id : organizationIds) {
            organizations.put(id, new Organization(id, clock, channel));
        }
    }

    Organization organization(String id) {
        return organizations.get(id);
    }

    /** Runs {@code work} at the vendor as {@code principal}, then gives the identity back. */
    <T> T asVendor(Principal principal, Supplier<T> work) {
        return vendorIdentity.callAs(principal, work);
    }

    /**
     * Runs every side's delivery, moving the clock past any backoff, until nothing is left to
     * deliver or {@code rounds} rounds have passed; then flushes what the channel holds.
     */
    void settle(int rounds) {
        for (int round = 0; round < rounds; round++) {
            clock.advance(Duration.ofHours(2));
            organizations.values().forEach(organization -> organization.ticketing.deliverPending());
            desk.deliverPending();
            channel.flush();
        }
    }

    @Override
    public void close() {
        organizations.values().forEach(Organization::close);
        vendorCaseload.close();
    }
}
