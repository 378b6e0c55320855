// SPDX-License-Identifier: Apache-2.0
package org.caseload.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseload.sharing.PrivacyTestBed.ADMIN_A;
import static org.caseload.sharing.PrivacyTestBed.ADMIN_B;
import static org.caseload.sharing.PrivacyTestBed.SYSTEM;
import static org.caseload.sharing.PrivacyTestBed.WORKER_A;
import static org.caseload.sharing.PrivacyTestBed.WORKER_B;
import static org.caseload.spi.storage.sharing.SharedRecordKind.CLIENT_IDENTITY;
import static org.caseload.spi.storage.sharing.SharedRecordKind.ENROLLMENTS;
import static org.caseload.spi.storage.sharing.SharedRecordKind.SERVICES;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.caseload.casework.CaseNote;
import org.caseload.casework.ClientProfile;
import org.caseload.casework.Enrollment;
import org.caseload.casework.HistoryRequest;
import org.caseload.casework.Household;
import org.caseload.casework.ServiceDelivery;
import org.caseload.clients.Client;
import org.caseload.clients.ClientSearch;
import org.caseload.clients.DuplicateCandidate;
import org.caseload.core.Caseload;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.identity.Principal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every read of a client and its casework, in every sharing situation: exactly the reads the rules
 * allow succeed. Maria Garcia is registered in org-a with an enrollment, a household, a case note
 * and a service; each situation sets up agreements, consent and restricted intake, and names the
 * caller. A casework read is seen only when every way to it agrees (the list, the record by id
 * and the profile).
 */
class VisibilityMatrixTest {

    /** What a caller may read. */
    enum Read { GET, SEARCH, PROFILE, DUPLICATES, HOUSEHOLDS, ENROLLMENTS, NOTES, SERVICES }

    private static final Set<Read> EVERYTHING = EnumSet.allOf(Read.class);
    private static final Set<Read> NOTHING = EnumSet.noneOf(Read.class);
    private static final Set<Read> SHARED = EnumSet.complementOf(EnumSet.of(Read.NOTES));
    private static final Set<Read> IDENTITY_ONLY = EnumSet.of(Read.GET, Read.SEARCH, Read.PROFILE, Read.DUPLICATES);

    /** Sets a situation up on a bed whose client is given, and names the caller. */
    interface Situation {
        Principal arrange(PrivacyTestBed bed, Client maria);
    }

    static Stream<Arguments> situations() {
        Map<String, Object[]> rows = new LinkedHashMap<>();
        rows.put("own organization", row(false, EVERYTHING, (bed, maria) -> WORKER_A));
        rows.put("own organization, restricted intake", row(true, EVERYTHING, (bed, maria) -> WORKER_A));
        rows.put("other organization, consent without agreement", row(false, NOTHING, (bed, maria) -> {
            bed.consentToB(maria.id(), bed.today().plusDays(30));
            return WORKER_B;
        }));
        rows.put("other organization, agreement without consent", row(false, NOTHING, (bed, maria) -> {
            bed.shareAToB(CLIENT_IDENTITY, ENROLLMENTS, SERVICES);
            return WORKER_B;
        }));
        rows.put("other organization, agreement and consent", row(false, SHARED, (bed, maria) -> {
            bed.shareAToB(CLIENT_IDENTITY, ENROLLMENTS, SERVICES);
            bed.consentToB(maria.id(), bed.today().plusDays(30));
            return WORKER_B;
        }));
        rows.put("other organization, agreement of client identity only", row(false, IDENTITY_ONLY, (bed, maria) -> {
            bed.shareAToB(CLIENT_IDENTITY);
            bed.consentToB(maria.id(), bed.today().plusDays(30));
            return WORKER_B;
        }));
        rows.put("other organization, agreement of enrollments without client identity", row(false, NOTHING,
                (bed, maria) -> {
                    bed.shareAToB(ENROLLMENTS, SERVICES);
                    bed.consentToB(maria.id(), bed.today().plusDays(30));
                    return WORKER_B;
                }));
        rows.put("other organization, one-way agreement the other way", row(false, NOTHING, (bed, maria) -> {
            bed.as(ADMIN_B, () -> bed.caseload.sharing().create(CreateSharingAgreement.oneWay("org-b", "org-a",
                    bed.today(), CLIENT_IDENTITY, ENROLLMENTS, SERVICES)));
            bed.consentToB(maria.id(), bed.today().plusDays(30));
            return WORKER_B;
        }));
        rows.put("other organization, two-way agreement", row(false, SHARED, (bed, maria) -> {
            bed.as(SYSTEM, () -> bed.caseload.sharing().create(CreateSharingAgreement.oneWay("org-b", "org-a",
                    bed.today(), CLIENT_IDENTITY, ENROLLMENTS, SERVICES).twoWay()));
            bed.consentToB(maria.id(), bed.today().plusDays(30));
            return WORKER_B;
        }));
        rows.put("other organization, agreement not yet in effect", row(false, NOTHING, (bed, maria) -> {
            bed.as(ADMIN_A, () -> bed.caseload.sharing().create(CreateSharingAgreement.oneWay("org-a", "org-b",
                    bed.today().plusDays(1), CLIENT_IDENTITY, ENROLLMENTS, SERVICES)));
            bed.consentToB(maria.id(), bed.today().plusDays(30));
            return WORKER_B;
        }));
        rows.put("other organization, expired agreement", row(false, NOTHING, (bed, maria) -> {
            bed.as(ADMIN_A, () -> bed.caseload.sharing().create(CreateSharingAgreement.oneWay("org-a", "org-b",
                    bed.today(), CLIENT_IDENTITY, ENROLLMENTS, SERVICES).until(bed.today())));
            bed.consentToB(maria.id(), bed.today().plusDays(30));
            bed.advanceDays(1);
            return WORKER_B;
        }));
        rows.put("other organization, ended agreement", row(false, NOTHING, (bed, maria) -> {
            SharingAgreement agreement = bed.shareAToB(CLIENT_IDENTITY, ENROLLMENTS, SERVICES);
            bed.consentToB(maria.id(), bed.today().plusDays(30));
            bed.as(ADMIN_B, () -> bed.caseload.sharing().end(EndSharingAgreement.of(agreement)));
            return WORKER_B;
        }));
        rows.put("other organization, expired consent", row(false, NOTHING, (bed, maria) -> {
            bed.shareAToB(CLIENT_IDENTITY, ENROLLMENTS, SERVICES);
            bed.consentToB(maria.id(), bed.today());
            bed.advanceDays(1);
            return WORKER_B;
        }));
        rows.put("other organization, consent on its last day", row(false, SHARED, (bed, maria) -> {
            bed.shareAToB(CLIENT_IDENTITY, ENROLLMENTS, SERVICES);
            bed.consentToB(maria.id(), bed.today().plusDays(1));
            bed.advanceDays(1);
            return WORKER_B;
        }));
        rows.put("other organization, revoked consent", row(false, NOTHING, (bed, maria) -> {
            bed.shareAToB(CLIENT_IDENTITY, ENROLLMENTS, SERVICES);
            Consent consent = bed.consentToB(maria.id(), bed.today().plusDays(30)).get(0);
            bed.as(WORKER_A, () -> bed.caseload.consents().revoke(RevokeConsent.of(consent)));
            return WORKER_B;
        }));
        rows.put("other organization, refused consent", row(false, NOTHING, (bed, maria) -> {
            bed.shareAToB(CLIENT_IDENTITY, ENROLLMENTS, SERVICES);
            bed.consentToB(maria.id(), bed.today().plusDays(30));
            bed.as(WORKER_A, () -> bed.caseload.consents().record(RecordConsent.refuse(maria.id(), "org-b")));
            return WORKER_B;
        }));
        rows.put("other organization, restricted intake with agreement and consent", row(true, NOTHING,
                (bed, maria) -> {
                    bed.shareAToB(CLIENT_IDENTITY, ENROLLMENTS, SERVICES);
                    bed.consentToB(maria.id(), bed.today().plusDays(30));
                    return WORKER_B;
                }));
        rows.put("system administrator", row(false, SHARED, (bed, maria) -> SYSTEM));
        rows.put("system administrator, restricted intake", row(true, NOTHING, (bed, maria) -> SYSTEM));
        return rows.entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()[0],
                entry.getValue()[1], entry.getValue()[2]));
    }

    private static Object[] row(boolean restricted, Set<Read> seen, Situation situation) {
        return new Object[] {restricted, seen, situation};
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("situations")
    void exactlyTheReadsTheRulesAllowSucceed(String name, boolean restricted, Set<Read> expected,
                                             Situation situation) {
        try (PrivacyTestBed bed = new PrivacyTestBed()) {
            Client maria = bed.registerMaria(restricted);
            PrivacyTestBed.Casework casework = bed.caseworkOfA(maria.id());
            Principal caller = situation.arrange(bed, maria);

            Set<Read> seen = bed.as(caller, () -> reads(bed.caseload, maria.id(), casework));

            assertThat(seen).as(name).isEqualTo(expected);
        }
    }

    private static Set<Read> reads(Caseload caseload, String clientId, PrivacyTestBed.Casework casework) {
        Set<Read> seen = EnumSet.noneOf(Read.class);
        ClientProfile profile = found(() -> caseload.clientProfiles().profile(clientId));
        add(seen, Read.GET, found(() -> caseload.clients().get(clientId)) != null);
        add(seen, Read.SEARCH, caseload.clients().search(ClientSearch.byName("maria garcia")).stream()
                .anyMatch(match -> match.client().id().equals(clientId)));
        add(seen, Read.PROFILE, profile != null);
        List<DuplicateCandidate> candidates = caseload.duplicates().check(PrivacyTestBed.maria());
        add(seen, Read.DUPLICATES, candidates.stream().anyMatch(candidate -> candidate.client().id().equals(clientId)));
        add(seen, Read.HOUSEHOLDS, agreed("households",
                listed(() -> caseload.households().householdsOf(clientId), Household::id, casework.householdId()),
                found(() -> caseload.households().get(casework.householdId())) != null,
                profile != null && profile.households().stream().anyMatch(h -> h.id().equals(casework.householdId()))));
        add(seen, Read.ENROLLMENTS, agreed("enrollments",
                listed(() -> caseload.enrollments().enrollmentsOf(clientId), Enrollment::id, casework.enrollmentId()),
                found(() -> caseload.enrollments().get(casework.enrollmentId())) != null,
                profile != null && profile.openEnrollments().stream()
                        .anyMatch(e -> e.id().equals(casework.enrollmentId()))));
        add(seen, Read.NOTES, agreed("notes",
                listed(() -> caseload.caseNotes().notesOf(HistoryRequest.recent(clientId)), CaseNote::id,
                        casework.noteId()),
                found(() -> caseload.caseNotes().get(casework.noteId())) != null,
                profile != null && profile.recentNotes().stream().anyMatch(n -> n.id().equals(casework.noteId()))));
        add(seen, Read.SERVICES, agreed("services",
                listed(() -> caseload.serviceDeliveries().deliveriesOf(HistoryRequest.recent(clientId)),
                        ServiceDelivery::id, casework.serviceId()),
                found(() -> caseload.serviceDeliveries().get(casework.serviceId())) != null,
                profile != null && profile.recentServices().stream()
                        .anyMatch(s -> s.id().equals(casework.serviceId()))));
        return seen;
    }

    private static void add(Set<Read> seen, Read read, boolean isSeen) {
        if (isSeen) {
            seen.add(read);
        }
    }

    /** The result, or null when the read answers not found. */
    private static <T> T found(Supplier<T> read) {
        try {
            return read.get();
        } catch (NotFoundException e) {
            return null;
        }
    }

    private static <T> boolean listed(Supplier<List<T>> list, java.util.function.Function<T, String> id,
                                      String expectedId) {
        List<T> records = found(list);
        return records != null && records.stream().map(id).anyMatch(expectedId::equals);
    }

    private static boolean agreed(String what, boolean list, boolean byId, boolean inProfile) {
        assertThat(List.of(byId, inProfile)).as("%s: by id and in the profile, as in the list", what)
                .containsOnly(list);
        return list;
    }
}
