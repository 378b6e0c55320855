// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework.internal;

import static org.caseload.casework.internal.Violations.invalid;
import static org.caseload.casework.internal.VisibleRecords.CASE_NOTE;
import static org.caseload.casework.internal.VisibleRecords.CLIENT;

import java.util.List;
import org.caseload.casework.CaseNote;
import org.caseload.casework.CaseNoteService;
import org.caseload.casework.DeleteCaseNote;
import org.caseload.casework.EditCaseNote;
import org.caseload.casework.HistoryRequest;
import org.caseload.casework.WriteCaseNote;
import org.caseload.core.internal.CallContext;
import org.caseload.core.internal.Kernel;
import org.caseload.core.internal.Operation;
import org.caseload.core.internal.TextPolicy;
import org.caseload.core.Permission;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.storage.casework.CaseNoteRecord;
import org.caseload.spi.storage.casework.EnrollmentRecord;

/** The case note service over a runtime's {@link Kernel}. */
public final class DefaultCaseNoteService implements CaseNoteService {

    private static final Operation WRITE = new Operation("caseNote.write", Permission.CLIENT_WRITE);
    private static final Operation EDIT = new Operation("caseNote.edit", Permission.CLIENT_WRITE);
    private static final Operation DELETE = new Operation("caseNote.delete", Permission.CLIENT_WRITE);
    private static final Operation GET = Operation.reading("caseNote.get", Permission.CLIENT_READ);
    private static final Operation LIST_FOR_CLIENT = Operation.reading("caseNote.listForClient", Permission.CLIENT_READ);

    private final Kernel kernel;

    public DefaultCaseNoteService(Kernel kernel) {
        this.kernel = kernel;
    }

    @Override
    public CaseNote write(WriteCaseNote command) {
        return kernel.call(WRITE, command, context -> {
            String clientId = VisibleRecords.client(context, command.clientId()).id();
            if (command.enrollmentId() != null) {
                EnrollmentRecord enrollment = VisibleRecords.enrollment(context, command.enrollmentId());
                if (!enrollment.clientId().equals(clientId)) {
                    throw invalid(command, "enrollmentId", "caseload.caseNote.enrollment.otherClient",
                            "enrollment " + enrollment.id());
                }
            }
            CaseNoteRecord stored = context.session().caseNotes().insert(new CaseNoteRecord(context.newId(),
                    context.principal().organizationId(), clientId, command.enrollmentId(), command.noteDate(),
                    context.principal().userId(), context.principal().displayName(),
                    TextPolicy.normalized(command.regarding().strip()), TextPolicy.normalized(command.text().strip()),
                    command.readOnly(), context.now(), context.now(), 1));
            context.auditRecord(CASE_NOTE, stored.id());
            return Views.caseNote(stored);
        });
    }

    @Override
    public CaseNote edit(EditCaseNote command) {
        return kernel.call(EDIT, command, context -> {
            CaseNoteRecord note = readEditable(context, command.noteId(), command.expectedVersion(), "EDITED");
            return Views.caseNote(context.session().caseNotes().update(note.withContent(command.noteDate(),
                    TextPolicy.normalized(command.regarding().strip()), TextPolicy.normalized(command.text().strip()),
                    command.readOnly(), context.now())));
        });
    }

    @Override
    public void delete(DeleteCaseNote command) {
        kernel.call(DELETE, command, context -> {
            CaseNoteRecord note = readEditable(context, command.noteId(), command.expectedVersion(), "DELETED");
            context.session().caseNotes().delete(note.id(), note.version());
            return null;
        });
    }

    @Override
    public CaseNote get(String noteId) {
        return kernel.call(GET, null, context -> {
            context.auditRecord(CASE_NOTE, noteId);
            return Views.caseNote(VisibleRecords.caseNote(context, noteId));
        });
    }

    @Override
    public List<CaseNote> notesOf(HistoryRequest request) {
        return kernel.call(LIST_FOR_CLIENT, request, context -> {
            context.auditRecord(CLIENT, request.clientId());
            VisibleRecords.client(context, request.clientId());
            List<CaseNote> notes = CaseworkReads.caseNotesOf(context, request.clientId(), request.limit());
            context.auditDetail(notes.size() + " case notes");
            return notes;
        });
    }

    /** The note a change names, at the version it names, refused when read-only. */
    private static CaseNoteRecord readEditable(CallContext context, String noteId, long expectedVersion,
                                               String intendedState) {
        context.auditRecord(CASE_NOTE, noteId);
        CaseNoteRecord note = VisibleRecords.caseNote(context, noteId);
        Versions.require(CASE_NOTE, noteId, note.version(), expectedVersion);
        if (note.readOnly()) {
            throw new InvalidTransitionException(CASE_NOTE, noteId, "READ_ONLY", intendedState);
        }
        return note;
    }
}
