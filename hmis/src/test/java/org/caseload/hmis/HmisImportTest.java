// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.hmis.internal.SsnSeal;
import org.caseload.spi.error.StorageException;
import org.caseload.spi.storage.Storage;
import org.caseload.spi.storage.StorageSession;
import org.caseload.spi.storage.UnitOfWork;
import org.caseload.spi.storage.hmis.HmisRecord;
import org.caseload.spi.storage.hmis.HmisRecordStore;
import org.caseload.testing.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import's encodings, its refusal of hostile text, and its one unit of work. */
class HmisImportTest {

    private static final TestKeys KEYS = TestKeys.fixed();

    @TempDir
    Path temp;

    @Test
    void aWindows1252ExportIsImportedWithItsLettersIntact() throws Exception {
        Path folder = HmisImportExportTest.copy(HmisCsvReaderTest.export("fy2026"), temp.resolve("cp1252"));
        Path clients = folder.resolve("Client.csv");
        Files.writeString(clients, Files.readString(clients, StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        Storage storage = new InMemoryStorage();

        HmisImportReport report = HmisImport.into(storage, KEYS).run(folder);

        assertThat(report.refusedRows()).isZero();
        HmisRecord client = storage.inTransaction(session -> session.hmisRecords().find("Client", "C1")).orElseThrow();
        assertThat(client.value("FirstName")).isEqualTo("José");
        assertThat(client.value("LastName")).isEqualTo("García");
        assertThat(new SsnSeal(KEYS).open(client).value("SSN")).isEqualTo("012345678");
    }

    @Test
    void textWithControlOrBidirectionalCharactersIsRefusedWithoutTheText() throws Exception {
        Path folder = HmisImportExportTest.copy(HmisCsvReaderTest.export("fy2026"), temp.resolve("hostile"));
        Path clients = folder.resolve("Client.csv");
        Files.writeString(clients, Files.readString(clients).replace("José", "Jo\u202Ees\u0007é"));
        List<HmisFinding> findings = new ArrayList<>();

        HmisImportReport report = HmisImport.into(new InMemoryStorage(), KEYS).skippingBadRows()
                .onFinding(findings::add).run(folder);

        assertThat(report.refusedRows()).isEqualTo(1);
        assertThat(findings).extracting(HmisFinding::file, HmisFinding::line, HmisFinding::column,
                HmisFinding::recordId).containsExactly(tuple("Client.csv", 2L, "FirstName", "C1"));
        assertThat(findings.get(0).reason()).contains("control character").doesNotContain("Jo");
    }

    @Test
    void codesOfTheOtherVersionAreTakenWithAWarningAsTheConversionKeepsThem() throws Exception {
        List<HmisFinding> findings = new ArrayList<>();

        HmisImportReport report = HmisImport.into(new InMemoryStorage(), KEYS).onFinding(findings::add)
                .run(HmisCsvReaderTest.export("fy2024-as-fy2026"));

        assertThat(report.refusedRows()).isZero();
        assertThat(report.warnings()).isEqualTo(2);
        assertThat(findings).extracting(HmisFinding::severity, HmisFinding::file, HmisFinding::column,
                HmisFinding::reason).containsExactly(
                        tuple(HmisFinding.Severity.WARNING, "Funder.csv", "Funder",
                                "a code of FundingSource retired in FY2026: kept for old records, not for new data"),
                        tuple(HmisFinding.Severity.WARNING, "Exit.csv", "CounselingReceived",
                                "a code of FY2024 that NoYes of FY2026 does not have: kept for records of FY2024"));
    }

    @Test
    void aStorageFailingHalfwayStoresNothing() throws Exception {
        InMemoryStorage storage = new InMemoryStorage();
        Storage failingOnTheTenthFile = new FailingStorage(storage, 10);

        assertThatThrownBy(() -> HmisImport.into(failingOnTheTenthFile, KEYS)
                .run(HmisCsvReaderTest.export("fy2024-full"))).isInstanceOf(StorageException.class);

        for (HmisFile file : HmisSpecification.of(HmisVersion.FY2024).files()) {
            long stored = storage.inTransaction(session -> session.hmisRecords().count(file.name()));
            assertThat(stored).as(file.name()).isZero();
        }
    }

    /** A storage whose HMIS record store fails on the nth batch it is given. */
    private static final class FailingStorage implements Storage {
        private final Storage storage;
        private final int failingBatch;
        private int batches;

        FailingStorage(Storage storage, int failingBatch) {
            this.storage = storage;
            this.failingBatch = failingBatch;
        }

        @Override
        public <T> T inTransaction(UnitOfWork<T> work) {
            return storage.inTransaction(session -> work.run(new StorageSession() {
                @Override
                public <S> S store(Class<S> storeType) {
                    S store = session.store(storeType);
                    return storeType == HmisRecordStore.class ? storeType.cast(failing((HmisRecordStore) store)) : store;
                }
            }));
        }

        private HmisRecordStore failing(HmisRecordStore store) {
            return new HmisRecordStore() {
                @Override
                public void put(Collection<HmisRecord> records) {
                    if (++batches == failingBatch) {
                        throw new StorageException("the disk is full");
                    }
                    store.put(records);
                }

                @Override
                public Optional<HmisRecord> find(String file, String recordId) {
                    return store.find(file, recordId);
                }

                @Override
                public List<HmisRecord> page(String file, Collection<String> projectIds, String after, int limit) {
                    return store.page(file, projectIds, after, limit);
                }

                @Override
                public long count(String file) {
                    return store.count(file);
                }
            };
        }
    }
}
