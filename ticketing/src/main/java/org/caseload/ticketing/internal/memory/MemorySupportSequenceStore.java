// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal.memory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseload.spi.storage.messaging.SupportSequenceStore;

/** The support link's sequence numbers, sent and applied; accessed only under the storage's lock. */
final class MemorySupportSequenceStore {

    private final Map<String, Long> sent = new HashMap<>();
    private final Map<String, Long> applied = new HashMap<>();

    SupportSequenceStore bind(List<Runnable> undoLog) {
        return new SupportSequenceStore() {
            @Override
            public long next(String streamId) {
                return set(sent, streamId, sent.getOrDefault(streamId, 0L) + 1);
            }

            @Override
            public long applied(String streamId) {
                return applied.getOrDefault(streamId, 0L);
            }

            @Override
            public void markApplied(String streamId, long sequence) {
                long last = applied(streamId);
                if (sequence != last + 1) {
                    throw new IllegalArgumentException("stream " + streamId + " applied " + last
                            + " last; the next is " + (last + 1) + ", not " + sequence);
                }
                set(applied, streamId, sequence);
            }

            private long set(Map<String, Long> numbers, String streamId, long value) {
                Long previous = numbers.get(streamId);
                undoLog.add(() -> {
                    if (previous == null) {
                        numbers.remove(streamId);
                    } else {
                        numbers.put(streamId, previous);
                    }
                });
                numbers.put(streamId, value);
                return value;
            }
        };
    }
}
