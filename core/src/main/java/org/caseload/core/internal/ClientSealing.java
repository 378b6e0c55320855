// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caseload.core.internal.crypto.KeyedDigest;
import org.caseload.core.internal.crypto.Sealer;
import org.caseload.spi.forms.FormValues;
import org.caseload.spi.security.KeyPurpose;
import org.caseload.spi.storage.clients.ClientIdentity;
import org.caseload.spi.storage.clients.ClientRecord;

/**
 * What a client record looks like at rest, and back. Written, a record has
 * <ul>
 * <li>its SSN sealed (AES-256-GCM under the {@link KeyPurpose#FIELD_ENCRYPTION} key), bound to
 *     {@code client/<id>/ssn};
 * <li>the values of every form field marked sensitive sealed the same way ({@link FormSealing}),
 *     bound to {@code client/<id>/form/<formId>/<fieldId>};
 * <li>its SSN match keys ({@code ssn:}, {@code ssn4:}, {@code blkssn:}), unkeyed digests from the
 *     engine, digested again with HMAC-SHA256 under the {@link KeyPurpose#MATCH_KEY_DIGEST} key,
 *     as {@code <kind>@<keyId>:<digest>}.
 * </ul>
 * Read, sealed values are opened; match keys stay as stored (a digest cannot be undone, and a
 * record written back with them keeps them). A lookup by match keys looks for the SSN keys under
 * every readable key id, so records not yet rotated are still found. Values written before
 * encryption (plain SSNs) read as they are until the key rotation seals them. Thread-safe.
 */
public final class ClientSealing {

    /** The match key kinds that carry an SSN. */
    private static final Set<String> SSN_KINDS = Set.of("ssn", "ssn4", "blkssn");

    private final Sealer fields;
    private final KeyedDigest matchKeys;
    private final FormSealing forms;

    ClientSealing(Sealer fields, KeyedDigest matchKeys, FormSealing forms) {
        this.fields = fields;
        this.matchKeys = matchKeys;
        this.forms = forms;
    }

    /** The record as it is stored. */
    public ClientRecord seal(ClientRecord record) {
        ClientIdentity identity = record.identity();
        String ssn = identity.ssn() == null || Sealer.isSealed(identity.ssn()) && fields.isCurrent(identity.ssn())
                ? identity.ssn()
                : fields.seal(plainSsn(record.id(), identity.ssn()), ssnBinding(record.id()));
        Set<String> keys = new LinkedHashSet<>();
        for (String key : record.matchKeys()) {
            keys.add(ssnKind(key) ? keyed(key) : key);
        }
        return with(record, withSsn(identity, ssn),
                forms.seal(record.organizationId(), binding(record.id()), record.forms()), keys);
    }

    /** The record as services see it: its sealed values opened. */
    public ClientRecord unseal(ClientRecord stored) {
        ClientIdentity identity = stored.identity();
        String ssn = Sealer.isSealed(identity.ssn())
                ? fields.unseal(identity.ssn(), ssnBinding(stored.id()))
                : identity.ssn();
        return with(stored, withSsn(identity, ssn), forms.open(binding(stored.id()), stored.forms()),
                stored.matchKeys());
    }

    /** The keys to look up: each SSN key under every readable key id, the others as they are. */
    public Set<String> lookupKeys(Set<String> keys) {
        Set<String> lookup = new LinkedHashSet<>();
        for (String key : keys) {
            if (ssnKind(key)) {
                String kind = key.substring(0, key.indexOf(':'));
                matchKeys.underEveryReadableKey(key).forEach((id, digest) -> lookup.add(kind + '@' + id + ':' + digest));
            } else {
                lookup.add(key);
            }
        }
        return lookup;
    }

    /**
     * What of a stored record is not under the current keys: an SSN or sensitive value not sealed,
     * or sealed under another key; an SSN match key not digested, or under another key.
     */
    public StaleSeals stale(ClientRecord stored) {
        String ssn = stored.identity().ssn();
        int values = (ssn != null && !fields.isCurrent(ssn) ? 1 : 0)
                + forms.stale(stored.organizationId(), stored.forms());
        String currentDigestKey = matchKeys.currentKeyId();
        int keys = 0;
        for (String key : stored.matchKeys()) {
            if (ssnKind(key) || keyIdOf(key).filter(id -> !id.equals(currentDigestKey)).isPresent()) {
                keys++;
            }
        }
        return new StaleSeals(values, keys);
    }

    private String keyed(String key) {
        String kind = key.substring(0, key.indexOf(':'));
        KeyedDigest.Keyed keyed = matchKeys.current(key);
        return kind + '@' + keyed.keyId() + ':' + keyed.digest();
    }

    private String plainSsn(String clientId, String ssn) {
        // A value sealed under an older key is opened and sealed again under the current one.
        return Sealer.isSealed(ssn) ? fields.unseal(ssn, ssnBinding(clientId)) : ssn;
    }

    /** An SSN match key the engine computed, not yet digested under a key. */
    private static boolean ssnKind(String key) {
        int colon = key.indexOf(':');
        return colon > 0 && SSN_KINDS.contains(key.substring(0, colon));
    }

    /** The key id of a keyed match key ({@code <kind>@<keyId>:<digest>}). */
    private static Optional<String> keyIdOf(String key) {
        int at = key.indexOf('@');
        int colon = key.lastIndexOf(':');
        return at > 0 && colon > at && SSN_KINDS.contains(key.substring(0, at))
                ? Optional.of(key.substring(at + 1, colon))
                : Optional.empty();
    }

    static String ssnBinding(String clientId) {
        return "client/" + clientId + "/ssn";
    }

    private static String binding(String clientId) {
        return "client/" + clientId;
    }

    private static ClientIdentity withSsn(ClientIdentity identity, String ssn) {
        return new ClientIdentity(identity.name(), identity.nameQuality(), identity.aliases(), ssn,
                identity.ssnQuality(), identity.dateOfBirth(), identity.dobQuality(), identity.otherId());
    }

    private static ClientRecord with(ClientRecord record, ClientIdentity identity, List<FormValues> forms,
            Set<String> keys) {
        return new ClientRecord(record.id(), record.organizationId(), identity, record.demographics(),
                record.contact(), forms, keys, record.restricted(), record.mergedInto(), record.createdAt(),
                record.updatedAt(), record.version());
    }
}
