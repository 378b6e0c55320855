// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.memory;

import java.util.function.IntFunction;

/**
 * The positions of the audit log's entries by id, for refusing an id that is there already: an
 * open-addressing table of positions (linear probing), the ids themselves read from the log.
 *
 * <p>It holds no references, on purpose. The log lives as long as the storage, so the table soon
 * sits in the old generation, while each new entry is young: a hash set of the ids would write a
 * reference to a young object into a random place of an old table on every call, and the collector
 * would scan that part of the table at every young collection for as long as the entry stays young
 * (ADR 0144). Writing an int marks nothing. Not thread-safe; used under the audit log's monitor.
 */
final class AuditIdIndex {

    private static final int EMPTY = 0;

    private final IntFunction<String> idAt;
    /** Each slot a position in the log plus one; {@link #EMPTY} when free. */
    private int[] slots = new int[1_024];
    private int size;

    /** @param idAt the id of the log's entry at a position */
    AuditIdIndex(IntFunction<String> idAt) {
        this.idAt = idAt;
    }

    /** Whether an entry of the log has this id. */
    boolean contains(String id) {
        return slotOf(id) >= 0;
    }

    /** Records the position of the entry with this id, which is not there yet. */
    void add(String id, int position) {
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int slot = home(id, mask);
        while (slots[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = position + 1;
        size++;
    }

    /**
     * Forgets the entry with this id, still in the log while it is forgotten; the entries after
     * it in its run move back, so that every lookup still finds its entry.
     */
    void remove(String id) {
        int free = slotOf(id);
        if (free < 0) {
            return;
        }
        int mask = slots.length - 1;
        for (int next = (free + 1) & mask; slots[next] != EMPTY; next = (next + 1) & mask) {
            int home = home(idAt.apply(slots[next] - 1), mask);
            // The entry at next may fill the free slot unless its home lies after the free slot, up to next.
            boolean staysPut = free <= next ? free < home && home <= next : free < home || home <= next;
            if (!staysPut) {
                slots[free] = slots[next];
                free = next;
            }
        }
        slots[free] = EMPTY;
        size--;
    }

    private int slotOf(String id) {
        int mask = slots.length - 1;
        for (int slot = home(id, mask); slots[slot] != EMPTY; slot = (slot + 1) & mask) {
            if (idAt.apply(slots[slot] - 1).equals(id)) {
                return slot;
            }
        }
        return -1;
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        int mask = slots.length - 1;
        for (int position : old) {
            if (position != EMPTY) {
                int slot = home(idAt.apply(position - 1), mask);
                while (slots[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = position;
            }
        }
    }

    private static int home(String id, int mask) {
        int spread = id.hashCode() * 0x9E3779B9;
        return (spread ^ spread >>> 16) & mask;
    }
}
