// SPDX-License-Identifier: Apache-2.0
package org.caseload.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a recording host part keeps: every message offered to it, the ones it took, and how many of
 * the next ones it still has to fail. Thread-safe.
 */
final class Recorder<M> {

    private final List<M> offered = new CopyOnWriteArrayList<>();
    private final List<M> taken = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    void failNext(int count, String part) {
        if (count < 0) {
            throw new IllegalArgumentException("a " + part + " fails zero or more times, not " + count);
        }
        failuresLeft.set(count);
    }

    /** Records {@code message}; throws {@link IllegalStateException} with {@code failure} while failures are left. */
    void offer(M message, String failure) {
        offered.add(message);
        if (failuresLeft.getAndUpdate(left -> Math.max(left - 1, 0)) > 0) {
            throw new IllegalStateException(failure);
        }
        taken.add(message);
    }

    List<M> offered() {
        return List.copyOf(offered);
    }

    List<M> taken() {
        return List.copyOf(taken);
    }
}
