// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import org.caseload.core.internal.CallContext;
import org.caseload.ticketing.desk.Priority;

/**
 * The service-level clocks of desk tickets, as the desk service drives them at each step of a
 * ticket's work; every call runs in the caller's unit of work. {@link #NONE} keeps no clocks.
 */
public interface DeskClocks {

    /** Clocks that are not kept: a desk without service levels. */
    DeskClocks NONE = new DeskClocks() {
    };

    /** Triaged with this priority: the clocks start. */
    default void start(CallContext context, String deskTicketId, Priority priority) {
    }

    /** Escalated again in a new round, triaged before with this priority: the clocks start anew. */
    default void restart(CallContext context, String deskTicketId, Priority priority) {
    }

    /** Triaged again with another priority. */
    default void reprioritize(CallContext context, String deskTicketId, Priority priority) {
    }

    /** The first note shared with the organization: the first response. */
    default void firstResponse(CallContext context, String deskTicketId) {
    }

    /** Waiting on the organization: the clocks pause. */
    default void pause(CallContext context, String deskTicketId) {
    }

    /** No longer waiting on the organization. */
    default void resume(CallContext context, String deskTicketId) {
    }

    /** Resolved or closed: the clocks stop. */
    default void stop(CallContext context, String deskTicketId) {
    }

    /** Reopened after being resolved. */
    default void reopen(CallContext context, String deskTicketId) {
    }
}
