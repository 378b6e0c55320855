// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseload.tck.TckFixtures.at;
import static org.caseload.tck.TckFixtures.inRolledBackUnit;
import static org.caseload.tck.TckFixtures.inUnit;
import static org.caseload.tck.TckFixtures.unique;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caseload.spi.error.ConcurrentModificationException;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.sharing.SharedRecordKind;
import org.caseload.spi.storage.sharing.SharingAgreementRecord;
import org.caseload.spi.storage.Storage;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.caseload.spi.storage.sharing.SharingAgreementStore}: agreements kept exactly,
 * found from either party, ended (never deleted) under the version check.
 */
public interface SharingAgreementStoreContract {

    /** The storage under test, as for {@link AuditStoreContract#storage()}. */
    Storage storage();

    /** An agreement from {@code sharing} to {@code receiving} with every optional part filled in. */
    static SharingAgreementRecord agreement(String sharing, String receiving, LocalDate from) {
        return new SharingAgreementRecord(unique("agreement"), sharing, receiving, true,
                EnumSet.of(SharedRecordKind.CLIENT_IDENTITY, SharedRecordKind.SERVICES), from, from.plusYears(1),
                unique("user"), at(1), null, null, 1);
    }

    @Test
    default void agreementInsertStoresEveryPartAtVersionOne() {
        Storage storage = storage();
        SharingAgreementRecord open = new SharingAgreementRecord(unique("agreement"), unique("org"), unique("org"),
                false, Set.of(SharedRecordKind.ENROLLMENTS), LocalDate.of(2025, 2, 1), null, unique("user"), at(3),
                null, null, 7);
        SharingAgreementRecord dated = agreement(unique("org"), unique("org"), LocalDate.of(2024, 12, 31));

        inUnit(storage, session -> {
            assertThat(session.sharingAgreements().insert(open)).isEqualTo(open.withVersion(1));
            session.sharingAgreements().insert(dated);
        });

        assertThat(find(storage, open.id())).contains(open.withVersion(1));
        assertThat(find(storage, dated.id())).contains(dated);
    }

    @Test
    default void agreementInsertOfAnExistingIdFails() {
        Storage storage = storage();
        SharingAgreementRecord agreement = agreement(unique("org"), unique("org"), LocalDate.of(2025, 1, 1));
        inUnit(storage, session -> session.sharingAgreements().insert(agreement));

        assertThatThrownBy(() -> inUnit(storage, session -> session.sharingAgreements().insert(agreement)))
                .isInstanceOf(StorageException.class);
    }

    @Test
    default void agreementsAreFoundFromEitherPartyByFirstDayThenId() {
        Storage storage = storage();
        String org = unique("org");
        SharingAgreementRecord later = agreement(org, unique("org"), LocalDate.of(2025, 6, 1));
        SharingAgreementRecord earlier = agreement(unique("org"), org, LocalDate.of(2025, 1, 1));
        SharingAgreementRecord others = agreement(unique("org"), unique("org"), LocalDate.of(2025, 3, 1));
        inUnit(storage, session -> List.of(later, earlier, others).forEach(session.sharingAgreements()::insert));

        assertThat(byOrganization(storage, org))
                .containsExactly(earlier, later);
        assertThat(byOrganization(storage, unique("org")))
                .isEmpty();
    }

    @Test
    default void anEndedAgreementIsKeptWithWhoEndedItAndWhen() {
        Storage storage = storage();
        SharingAgreementRecord agreement = agreement(unique("org"), unique("org"), LocalDate.of(2025, 1, 1));
        inUnit(storage, session -> session.sharingAgreements().insert(agreement));
        SharingAgreementRecord ended = agreement.withEnd("admin-1", at(50));

        SharingAgreementRecord stored = storage.<SharingAgreementRecord>inTransaction(session ->
                session.sharingAgreements().update(ended));

        assertThat(stored).isEqualTo(ended.withVersion(2));
        assertThat(find(storage, agreement.id())).contains(stored);
        assertThat(byOrganization(storage, agreement.sharingOrganizationId())).containsExactly(stored);
    }

    @Test
    default void agreementUpdateChecksTheVersionAndTheId() {
        Storage storage = storage();
        SharingAgreementRecord agreement = agreement(unique("org"), unique("org"), LocalDate.of(2025, 1, 1));
        inUnit(storage, session -> session.sharingAgreements().insert(agreement));

        assertThatThrownBy(() -> inUnit(storage, session -> session.sharingAgreements()
                .update(agreement.withEnd("admin-1", at(5)).withVersion(3))))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThatThrownBy(() -> inUnit(storage, session -> session.sharingAgreements()
                .update(agreement(unique("org"), unique("org"), LocalDate.of(2025, 1, 1)))))
                .isInstanceOf(NotFoundException.class);
        assertThat(find(storage, agreement.id())).contains(agreement);
    }

    @Test
    default void aRolledBackUnitLeavesNoAgreementBehind() {
        Storage storage = storage();
        SharingAgreementRecord agreement = agreement(unique("org"), unique("org"), LocalDate.of(2025, 1, 1));

        inRolledBackUnit(storage, session -> session.sharingAgreements().insert(agreement));

        assertThat(find(storage, agreement.id())).isEmpty();
    }

    private static List<SharingAgreementRecord> byOrganization(Storage storage, String organizationId) {
        return storage.inTransaction(session -> session.sharingAgreements().findByOrganization(organizationId));
    }

    private static Optional<SharingAgreementRecord> find(Storage storage, String id) {
        return storage.inTransaction(session -> session.sharingAgreements().findById(id));
    }
}
