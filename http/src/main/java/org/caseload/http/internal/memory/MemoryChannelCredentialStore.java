// SPDX-License-Identifier: Apache-2.0
package org.caseload.http.internal.memory;

import java.util.Comparator;
import java.util.List;
import org.caseload.core.internal.memory.VersionedRecords;
import org.caseload.core.internal.memory.VersionedStoreView;
import org.caseload.spi.storage.channel.ChannelCredentialRecord;
import org.caseload.spi.storage.channel.ChannelCredentialStore;

/** The support channel's credentials; accessed only under the storage's lock. */
final class MemoryChannelCredentialStore {

    private static final Comparator<ChannelCredentialRecord> OLDEST_FIRST = Comparator
            .comparing(ChannelCredentialRecord::issuedAt)
            .thenComparing(ChannelCredentialRecord::id);

    private final VersionedRecords<String, ChannelCredentialRecord> records = VersionedRecords.byId(
            "channelCredential", "a channel credential", ChannelCredentialRecord::id, ChannelCredentialRecord::version,
            ChannelCredentialRecord::withVersion);

    ChannelCredentialStore bind(List<Runnable> undoLog) {
        return new View(undoLog);
    }

    /** The store bound to one unit of work. */
    private final class View extends VersionedStoreView<ChannelCredentialRecord> implements ChannelCredentialStore {
        View(List<Runnable> undoLog) {
            super(records, undoLog);
        }

        @Override
        public List<ChannelCredentialRecord> findByOrganization(String organizationId) {
            return select(credential -> credential.organizationId().equals(organizationId), OLDEST_FIRST);
        }
    }
}
