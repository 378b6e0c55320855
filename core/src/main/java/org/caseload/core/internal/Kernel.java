// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import org.caseload.core.Caseload;
import org.caseload.core.IdGenerator;

import java.time.Clock;
import java.util.function.Function;
import org.caseload.spi.forms.FormProvider;
import org.caseload.spi.identity.Principal;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.ui.Notifier;

/**
 * The runtime's shared machinery, for Caseload's domain modules (ticketing, help) and for
 * extensions that add services of their own. Hosts normally use only the services.
 *
 * <p>Every service call goes through {@link #call}: it authenticates the caller, checks the
 * operation's permission, validates the command, runs the body in one unit of work and appends an
 * audit entry in that same unit. The call of an operation that only reads
 * ({@link Operation#reading()}) runs in a reading unit of work, which the storage may run side by
 * side with other reading units. A call that fails is audited too, in a unit of its own. Thread-safe.
 */
public interface Kernel {

    Clock clock();

    IdGenerator ids();

    Storage storage();

    Notifier notifier();

    FormProvider forms();

    /**
     * Runs one service call.
     *
     * @param operation what is being done, and the permission it needs
     * @param command   the command to validate before anything else happens; null when the call
     *                  takes no command. Custom form values in it are checked against the forms
     *                  of the caller's organization
     * @param body      the work, inside one unit of work
     * @throws org.caseload.spi.error.AccessDeniedException when nobody is authenticated or the
     *         caller lacks the permission
     * @throws org.caseload.spi.error.ValidationException when the command breaks a rule
     */
    <T> T call(Operation operation, Object command, Function<CallContext, T> body);

    /**
     * Authenticates the caller and checks the operation's permission, without a unit of work or an
     * audit entry when it succeeds. For reads of shared, non-personal content on a hot path (tool
     * tips, help menus) where a write per call would cost more than the read; anything that touches
     * a record goes through {@link #call}. A refusal is audited like one of {@link #call}.
     *
     * @return the authenticated caller
     * @throws org.caseload.spi.error.AccessDeniedException when nobody is authenticated or the
     *         caller lacks the permission
     */
    Principal authorize(Operation operation);

    /**
     * Checks a command against its constraints. Custom form values in it are checked against the
     * forms of the current caller's organization; without a caller they are a violation.
     *
     * @throws org.caseload.spi.error.ValidationException listing every violation
     */
    void validate(Object command);
}
