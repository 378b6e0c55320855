// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.caseload.casework.CaseworkTestBed.CLOCK;
import static org.caseload.casework.CaseworkTestBed.COLLEAGUE_A;
import static org.caseload.casework.CaseworkTestBed.READER_A;
import static org.caseload.casework.CaseworkTestBed.SYSTEM;
import static org.caseload.casework.CaseworkTestBed.TODAY;
import static org.caseload.casework.CaseworkTestBed.WORKER_A;
import static org.caseload.casework.CaseworkTestBed.WORKER_B;

import java.time.LocalDate;
import org.caseload.spi.error.AccessDeniedException;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.InvalidTransitionException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.storage.audit.AuditEntry;
import org.caseload.spi.storage.audit.AuditEntry.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CaseNoteServiceTest {

    private static final LocalDate MEETING = LocalDate.of(2026, 11, 20);

    private final CaseworkTestBed bed = new CaseworkTestBed();
    private final CaseNoteService notes = bed.caseload.caseNotes();
    private final String maria = bed.clientOfA("Maria");

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void writesANoteAsTheCaller() {
        CaseNote note = notes.write(WriteCaseNote.about(maria, MEETING, "  Housing search ", "Viewed two flats.\n"));

        assertThat(note).extracting(CaseNote::organizationId, CaseNote::clientId, CaseNote::noteDate,
                CaseNote::authorUserId, CaseNote::authorName, CaseNote::regarding, CaseNote::text, CaseNote::readOnly,
                CaseNote::createdAt, CaseNote::version)
                .containsExactly("org-a", maria, MEETING, "worker-a", "User worker-a", "Housing search",
                        "Viewed two flats.", false, CLOCK.instant(), 1L);
        assertThat(notes.get(note.id())).isEqualTo(note);
        assertThat(bed.audit("org-a")).extracting(AuditEntry::action, AuditEntry::outcome, AuditEntry::recordId)
                .contains(tuple("caseNote.write", Outcome.SUCCEEDED, note.id()), tuple("caseNote.get",
                        Outcome.SUCCEEDED, note.id()));
    }

    @Test
    void aNoteBelongsToAnEnrollmentOfTheSameClientOnly() {
        String ana = bed.clientOfA("Ana");
        Project shelter = bed.projectOfA("Shelter");
        Household household = bed.caseload.households().create(new CreateHousehold(ana));
        Enrollment ofAna = bed.caseload.enrollments().enroll(new EnrollClient(ana, shelter.id(), household.id(), MEETING));

        assertThatThrownBy(() -> notes.write(new WriteCaseNote(maria, ofAna.id(), MEETING, "Intake", "Text", false)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey).containsExactly("caseload.caseNote.enrollment.otherClient"));
        assertThatThrownBy(() -> notes.write(new WriteCaseNote(maria, "missing", MEETING, "Intake", "Text", false)))
                .isInstanceOf(NotFoundException.class);
        assertThat(notes.write(new WriteCaseNote(ana, ofAna.id(), MEETING, "Intake", "Text", false)).enrollmentId())
                .isEqualTo(ofAna.id());
    }

    @Test
    void editsReplaceTheContentAndNameTheVersionRead() {
        CaseNote note = notes.write(WriteCaseNote.about(maria, MEETING, "Housing search", "Viewed two flats."));

        CaseNote edited = notes.edit(new EditCaseNote(note.id(), note.version(), MEETING.plusDays(1), "Lease",
                "Signed the lease.", false));

        assertThat(edited).extracting(CaseNote::noteDate, CaseNote::regarding, CaseNote::text, CaseNote::version)
                .containsExactly(MEETING.plusDays(1), "Lease", "Signed the lease.", 2L);
        assertThatThrownBy(() -> notes.edit(new EditCaseNote(note.id(), note.version(), MEETING, "Stale", "Stale",
                false))).isInstanceOf(ConcurrentModificationException.class);
        assertThatThrownBy(() -> notes.delete(DeleteCaseNote.of(note))).isInstanceOf(ConcurrentModificationException.class);
        assertThat(notes.get(note.id())).isEqualTo(edited);
    }

    @Test
    void aReadOnlyNoteIsNeitherEditedNorDeleted() {
        CaseNote note = notes.write(new WriteCaseNote(maria, null, MEETING, "Court date", "Hearing on the 3rd.", true));

        assertThatThrownBy(() -> notes.edit(new EditCaseNote(note.id(), note.version(), MEETING, "Changed", "Changed",
                false))).isInstanceOfSatisfying(InvalidTransitionException.class, e -> {
                    assertThat(e.fromState()).isEqualTo("READ_ONLY");
                    assertThat(e.toState()).isEqualTo("EDITED");
                });
        assertThatThrownBy(() -> notes.delete(DeleteCaseNote.of(note)))
                .isInstanceOfSatisfying(InvalidTransitionException.class, e -> assertThat(e.toState()).isEqualTo("DELETED"));
        assertThat(notes.get(note.id())).isEqualTo(note);
    }

    @Test
    void anEditCanMakeANoteFinal() {
        CaseNote note = notes.write(WriteCaseNote.about(maria, MEETING, "Draft", "Draft"));
        CaseNote finalNote = notes.edit(new EditCaseNote(note.id(), note.version(), MEETING, "Final", "Final", true));

        assertThat(finalNote.readOnly()).isTrue();
        assertThatThrownBy(() -> notes.edit(new EditCaseNote(finalNote.id(), finalNote.version(), MEETING, "Again",
                "Again", false))).isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void deletesAnEditableNote() {
        CaseNote note = notes.write(WriteCaseNote.about(maria, MEETING, "Mistake", "Wrong client."));

        notes.delete(DeleteCaseNote.of(note));

        assertThatThrownBy(() -> notes.get(note.id())).isInstanceOf(NotFoundException.class);
        assertThat(notes.notesOf(HistoryRequest.recent(maria))).isEmpty();
    }

    @Test
    void notesAreSeenOnlyInsideTheWritingOrganizationEvenBySystemAdministrators() {
        CaseNote note = notes.write(WriteCaseNote.about(maria, MEETING, "Private", "Only org-a sees this."));

        bed.as(COLLEAGUE_A);
        assertThat(notes.get(note.id())).isEqualTo(note);
        bed.as(WORKER_B);
        assertThatThrownBy(() -> notes.get(note.id())).isInstanceOf(NotFoundException.class)
                .hasMessage("caseNote " + note.id() + " was not found");
        bed.as(SYSTEM);
        assertThatThrownBy(() -> notes.get(note.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> notes.delete(DeleteCaseNote.of(note))).isInstanceOf(NotFoundException.class);
        assertThat(notes.notesOf(HistoryRequest.recent(maria))).isEmpty();
    }

    @Test
    void notesOfAClientComeLatestFirstUpToTheLimit() {
        CaseNote older = notes.write(WriteCaseNote.about(maria, MEETING.minusDays(3), "Older", "Older"));
        CaseNote newest = notes.write(WriteCaseNote.about(maria, MEETING, "Newest", "Newest"));
        CaseNote middle = notes.write(WriteCaseNote.about(maria, MEETING.minusDays(1), "Middle", "Middle"));

        assertThat(notes.notesOf(HistoryRequest.recent(maria))).containsExactly(newest, middle, older);
        assertThat(notes.notesOf(new HistoryRequest(maria, 2))).containsExactly(newest, middle);
        assertThatThrownBy(() -> notes.notesOf(new HistoryRequest(maria, 0))).isInstanceOf(ValidationException.class);
        bed.as(WORKER_B);
        assertThatThrownBy(() -> notes.notesOf(HistoryRequest.recent(maria))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aNoteIsDatedTodayAtTheLatestAndHasATitleAndText() {
        assertThatThrownBy(() -> notes.write(WriteCaseNote.about(maria, TODAY.plusDays(1), " ",
                "x".repeat(WriteCaseNote.TEXT_MAX_LENGTH + 1))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::rejectedValue)
                        .containsExactly(tuple("noteDate", "a LocalDate"),
                                tuple("regarding", "blank text of 1 characters"),
                                tuple("text", "text of 20001 characters")));
    }

    @Test
    void readersReadButDoNotWrite() {
        CaseNote note = notes.write(WriteCaseNote.about(maria, MEETING, "Visit", "Home visit."));
        bed.as(READER_A);

        assertThat(notes.get(note.id())).isEqualTo(note);
        assertThatThrownBy(() -> notes.write(WriteCaseNote.about(maria, MEETING, "Visit", "Home visit.")))
                .isInstanceOf(AccessDeniedException.class);
        bed.as(WORKER_A);
    }
}
