// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.caseload.core.internal.crypto.Sealer;
import org.caseload.spi.security.KeyProvider;
import org.caseload.spi.security.KeyPurpose;
import org.caseload.spi.storage.hmis.HmisRecord;

/**
 * Client.csv's SSN at rest: sealed as the library seals its own clients' SSNs (AES-256-GCM under
 * the host's {@link KeyPurpose#FIELD_ENCRYPTION} key, {@link Sealer}), bound to
 * {@code hmis/Client/<PersonalID>/SSN}, so a store only ever holds it sealed and a sealed value
 * copied to another client does not open.
 */
public final class SsnSeal {

    private static final String FILE = "Client";
    private static final String COLUMN = "SSN";

    private final Sealer sealer;

    /** Seals under the provider's field-encryption keys. */
    public SsnSeal(KeyProvider keys) {
        this.sealer = new Sealer(keys, KeyPurpose.FIELD_ENCRYPTION);
    }

    /** The record as it is stored: its SSN sealed. */
    public HmisRecord seal(HmisRecord record) {
        String ssn = record.value(COLUMN);
        if (!record.file().equals(FILE) || ssn == null || Sealer.isSealed(ssn)) {
            return record;
        }
        return withSsn(record, sealer.seal(ssn, binding(record)));
    }

    /** The record as it is written: its SSN opened. */
    public HmisRecord open(HmisRecord record) {
        String ssn = record.value(COLUMN);
        if (!record.file().equals(FILE) || !Sealer.isSealed(ssn)) {
            return record;
        }
        return withSsn(record, sealer.unseal(ssn, binding(record)));
    }

    private static String binding(HmisRecord record) {
        return "hmis/" + FILE + "/" + record.recordId() + "/" + COLUMN;
    }

    private static HmisRecord withSsn(HmisRecord record, String ssn) {
        Map<String, String> values = new LinkedHashMap<>(record.values());
        values.put(COLUMN, ssn);
        return new HmisRecord(record.file(), record.recordId(), record.personalId(), record.projectId(),
                record.enrollmentId(), record.date(), record.version(), values);
    }
}
