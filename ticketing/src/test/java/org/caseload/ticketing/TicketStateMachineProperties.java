// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseload.ticketing.TicketingFixture.ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.COLLEAGUE;
import static org.caseload.ticketing.TicketingFixture.ORGANIZATION;
import static org.caseload.ticketing.TicketingFixture.OTHER_ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.OTHER_REPORTER;
import static org.caseload.ticketing.TicketingFixture.REPORTER;
import static org.caseload.ticketing.TicketingFixture.SCHEDULER;
import static org.caseload.ticketing.TicketingFixture.SECOND_ADMINISTRATOR;
import static org.caseload.ticketing.TicketingFixture.SYNC;
import static org.caseload.ticketing.TicketingFixture.issue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.tickets.TicketNoteRecord.Visibility;
import org.caseload.spi.storage.tickets.TicketStatus;
import org.caseload.spi.support.SupportMessage;
import org.caseload.ticketing.TicketModel.ModelTicket;
import org.caseload.ticketing.TicketModel.Outcome;

/**
 * Random sequences of actions by random actors, of two organizations, the vendor's integration and
 * the host's scheduler, on a few tickets. Each call ends exactly as the rules ({@link TicketModel})
 * say, and after every call each ticket is as the model says: its status, version, assignee and
 * resolution; every note it was given, the reporter seeing the public ones; and a history whose
 * every move the lifecycle allows and whose replay gives the ticket's status, assignee and notes.
 */
class TicketStateMachineProperties {

    private static final List<Principal> ACTORS = List.of(REPORTER, COLLEAGUE, ADMINISTRATOR, SECOND_ADMINISTRATOR,
            OTHER_REPORTER, OTHER_ADMINISTRATOR, SYNC, SCHEDULER);

    /** What an action does. */
    enum Kind { SUBMIT, START, WAIT, RESOLVE, REOPEN, CLOSE, ESCALATE, ASSIGN, UNASSIGN, PUBLIC_NOTE, INTERNAL_NOTE,
        VENDOR_NOTE, CLOSE_RESOLVED, REPLY, SHARE, WITHDRAW }

    /** One random action: which, by whom, on which ticket, naming a stale version or not. */
    record Action(Kind kind, int actor, int ticket, boolean stale, int message) {
        @Override
        public String toString() {
            return kind + " by " + ACTORS.get(actor).userId() + " on #" + ticket + (stale ? " (stale)" : "")
                    + (kind == Kind.VENDOR_NOTE ? " message " + message : "");
        }
    }

    @Provide
    Arbitrary<List<Action>> actions() {
        Arbitrary<Kind> kinds = Arbitraries.frequency(
                Tuple.of(4, Kind.SUBMIT), Tuple.of(4, Kind.START),
                Tuple.of(3, Kind.WAIT), Tuple.of(3, Kind.RESOLVE),
                Tuple.of(2, Kind.REOPEN), Tuple.of(2, Kind.CLOSE),
                Tuple.of(2, Kind.ESCALATE), Tuple.of(2, Kind.ASSIGN),
                Tuple.of(1, Kind.UNASSIGN), Tuple.of(3, Kind.PUBLIC_NOTE),
                Tuple.of(2, Kind.INTERNAL_NOTE), Tuple.of(2, Kind.VENDOR_NOTE),
                Tuple.of(1, Kind.CLOSE_RESOLVED), Tuple.of(2, Kind.REPLY), Tuple.of(2, Kind.SHARE),
                Tuple.of(2, Kind.WITHDRAW));
        // Mostly the organization's administrators and reporter, so that most calls get somewhere.
        Arbitrary<Integer> actors = Arbitraries.frequency(Tuple.of(3, 0), Tuple.of(1, 1), Tuple.of(5, 2),
                Tuple.of(2, 3), Tuple.of(1, 4), Tuple.of(1, 5), Tuple.of(1, 6), Tuple.of(1, 7));
        Arbitrary<Boolean> stale = Arbitraries.frequency(Tuple.of(1, true), Tuple.of(6, false));
        return Combinators.combine(kinds, actors, Arbitraries.integers().between(0, 2), stale,
                        Arbitraries.integers().between(0, 2))
                .as(Action::new)
                .list().ofMinSize(5).ofMaxSize(40);
    }

    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    void everyCallEndsAsTheRulesSayAndNoTicketEverLeavesItsLifecycle(@ForAll("actions") List<Action> actions) {
        try (TicketingFixture fixture = new TicketingFixture()) {
            TicketModel model = new TicketModel();
            for (Action action : actions) {
                run(fixture, model, action);
                for (ModelTicket expected : model.tickets) {
                    TicketInvariants.check(fixture, expected, action);
                }
            }
        }
    }

    private static void run(TicketingFixture fixture, TicketModel model, Action action) {
        Principal actor = action.kind() == Kind.CLOSE_RESOLVED ? SCHEDULER : ACTORS.get(action.actor());
        fixture.identity.as(actor);
        if (action.kind() == Kind.SUBMIT) {
            Ticket ticket = attempt(action, TicketModel.submission(actor),
                    () -> fixture.tickets.submit(issue("Saving fails, attempt " + model.tickets.size())));
            if (ticket != null) {
                model.tickets.add(new ModelTicket(ticket.id(), actor));
            }
            return;
        }
        if (action.kind() == Kind.CLOSE_RESOLVED) {
            fixture.clock.advance(Duration.ofDays(8));
            List<ModelTicket> due = model.tickets.stream().filter(t -> t.status == TicketStatus.RESOLVED).toList();
            assertThat(fixture.ticketing.closeResolved()).as(action.toString()).isEqualTo(due.size());
            due.forEach(ticket -> TicketModel.move(ticket, TicketStatus.CLOSED, null));
            return;
        }
        if (model.tickets.isEmpty()) {
            return;
        }
        ModelTicket ticket = model.tickets.get(action.ticket() % model.tickets.size());
        fixture.clock.advance(Duration.ofMinutes(1));
        TicketService tickets = fixture.tickets;
        long version = action.stale() ? ticket.version + 1 : ticket.version;
        switch (action.kind()) {
            case START -> moveTo(action, actor, ticket, TicketStatus.IN_PROGRESS,
                    () -> tickets.startWork(new StartWork(ticket.id, version)));
            case WAIT -> moveTo(action, actor, ticket, TicketStatus.WAITING_ON_CUSTOMER,
                    () -> tickets.waitForCustomer(new WaitForCustomer(ticket.id, version)));
            case RESOLVE -> moveTo(action, actor, ticket, TicketStatus.RESOLVED,
                    () -> tickets.resolve(new ResolveTicket(ticket.id, version, "Fixed at step " + version)));
            case CLOSE -> moveTo(action, actor, ticket, TicketStatus.CLOSED,
                    () -> tickets.close(new CloseTicket(ticket.id, version)));
            case ESCALATE -> moveTo(action, actor, ticket, TicketStatus.ESCALATED,
                    () -> tickets.escalate(new EscalateTicket(ticket.id, version, "Escalated at step " + version,
                            false)));
            case REOPEN -> {
                if (attempt(action, TicketModel.reopening(actor, ticket, action.stale()),
                        () -> tickets.reopen(new ReopenTicket(ticket.id, version))) != null) {
                    TicketModel.move(ticket, TicketStatus.REOPENED, null);
                }
            }
            case ASSIGN, UNASSIGN -> {
                String assignee = action.kind() == Kind.ASSIGN ? actor.userId() : null;
                if (attempt(action, TicketModel.administratorChange(actor, ticket, action.stale(), null),
                        () -> tickets.assign(new AssignTicket(ticket.id, version, assignee))) != null) {
                    ticket.assigneeUserId = assignee;
                    ticket.version++;
                }
            }
            case PUBLIC_NOTE, INTERNAL_NOTE -> {
                boolean internal = action.kind() == Kind.INTERNAL_NOTE;
                TicketNote note = attempt(action, TicketModel.note(actor, ticket, internal),
                        () -> tickets.addNote(new AddTicketNote(ticket.id,
                                internal ? Visibility.INTERNAL : Visibility.PUBLIC, "Note by " + actor.userId())));
                if (note != null) {
                    TicketModel.addNote(ticket, note.id(), !internal, TicketModel.reported(actor, ticket));
                }
            }
            case VENDOR_NOTE -> {
                String messageId = "m-" + ticket.id + "-" + action.message();
                // A repeated message keeps its number; a new one takes the next.
                int earlier = ticket.appliedMessages.indexOf(messageId);
                long sequence = earlier >= 0 ? earlier + 1 : ticket.appliedMessages.size() + 1;
                if (attempt(action, TicketModel.vendorNote(actor, ticket), () -> {
                    tickets.receive(new SupportMessage.VendorNote(messageId, ORGANIZATION, ticket.id,
                            Instant.EPOCH, Math.max(1, ticket.round), sequence, "Tier 1",
                            "Vendor note " + action.message()));
                    return messageId;
                }) != null && earlier < 0 && ticket.appliedMessages.add(messageId)) {
                    TicketModel.addNote(ticket, messageId, true, false);
                }
            }
            case REPLY -> wayBack(fixture, action, actor, ticket, TicketStatus.ESCALATED,
                    () -> tickets.replyToVendor(new ReplyToVendor(ticket.id, version, "Reply at step " + version)));
            case SHARE -> wayBack(fixture, action, actor, ticket, null,
                    () -> tickets.shareWithVendor(new ShareWithVendor(ticket.id, version, "Shared at step " + version,
                            null, false)));
            case WITHDRAW -> wayBack(fixture, action, actor, ticket, TicketStatus.IN_PROGRESS,
                    () -> tickets.withdrawEscalation(new WithdrawEscalation(ticket.id, version,
                            "Withdrawn at step " + version)));
            default -> throw new IllegalStateException("unhandled " + action.kind());
        }
    }

    /** A way-back call: the ticket moves to {@code target} (none for a shared note) and gains an internal note. */
    private static void wayBack(TicketingFixture fixture, Action action, Principal actor, ModelTicket ticket,
                                TicketStatus target, Supplier<Ticket> call) {
        if (attempt(action, TicketModel.wayBack(actor, ticket, action.stale(), target), call) != null) {
            if (target != null) {
                TicketModel.move(ticket, target, null);
            }
            List<TicketNote> notes = fixture.tickets.notes(ticket.id);
            ticket.notes.add(notes.get(notes.size() - 1).id());
        }
    }

    private static void moveTo(Action action, Principal actor, ModelTicket ticket, TicketStatus target,
                               Supplier<Ticket> call) {
        Ticket moved = attempt(action, TicketModel.administratorChange(actor, ticket, action.stale(), target), call);
        if (moved != null) {
            TicketModel.move(ticket, target, moved.resolution());
        }
    }

    /** Makes the call, checks it ended as expected, and returns its result when it was done. */
    private static <T> T attempt(Action action, Outcome expected, Supplier<T> call) {
        Outcome actual;
        T result = null;
        try {
            result = call.get();
            actual = Outcome.DONE;
        } catch (AccessDeniedException e) {
            actual = Outcome.ACCESS_DENIED;
        } catch (NotFoundException e) {
            actual = Outcome.NOT_FOUND;
        } catch (ConcurrentModificationException e) {
            actual = Outcome.STALE;
        } catch (InvalidTransitionException e) {
            actual = Outcome.INVALID_TRANSITION;
        } catch (TicketNotEscalatedException e) {
            actual = Outcome.NOT_ESCALATED;
        }
        assertThat(actual).as(action.toString()).isEqualTo(expected);
        Statistics.label("outcomes").collect(action.kind(), actual);
        return result;
    }
}
