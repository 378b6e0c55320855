// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.caseload.linkage.ProgressListener;

/**
 * Bulk detection built for size: blocks every record once by {@link BulkBlockingKeys} (keys
 * hashed and sorted, no map of strings), compares each candidate pair once on several threads,
 * and keeps every pair's comparison pattern so that estimating the weights and scoring with them
 * read the same comparisons. The work is split into chunks of consecutive records; each chunk's
 * pairs come out in the same order whatever the number of threads, so results do not depend on
 * it. Not thread-safe; one instance per run.
 */
public final class BulkDetector {

    /** Records per chunk of work: small enough to spread over the threads, large enough to amortize. */
    static final int CHUNK = 2_048;
    /** Bits of a packed entry that hold a record's rank; the rest hold the key's hash. */
    private static final int RANK_BITS = 24;
    private static final long RANK_MASK = (1L << RANK_BITS) - 1;
    /** The lowest bit of a packed key: set for a key that pairs only records of which one has no date. */
    private static final long WITHOUT_DATE_BIT = 1L << RANK_BITS;
    private static final long POLL_MILLIS = 100;

    /**
     * How the blocking is bounded.
     *
     * @param maxBlockSize    the largest block compared pair by pair; a larger one is walked by
     *                        sorted neighbourhood, each record meeting fewer than this many others
     * @param maxKeyFrequency a key held by more records than this is dropped, and counted: it
     *                        says too little to be worth the pairs
     * @param pairBudget      the most later records one record is paired with, keys taken from
     *                        the most selective
     */
    public record Limits(int maxBlockSize, int maxKeyFrequency, int pairBudget) {
    }

    /**
     * What the blocking and comparison did.
     *
     * @param candidatePairs pairs compared
     * @param droppedKeys    distinct keys dropped as too frequent
     * @param cancelled      whether the run stopped early
     */
    public record Compared(long candidatePairs, long droppedKeys, boolean cancelled) {
    }

    /** Receives the pairs of one chunk, in order; called on the thread that started the run. */
    @FunctionalInterface
    public interface ChunkSink {
        void accept(Chunk chunk);
    }

    /** The pairs of one chunk of records: indexes into the subjects and comparison patterns. */
    public static final class Chunk {
        private int[] first = new int[256];
        private int[] second = new int[256];
        private int[] patterns = new int[256];
        private int size;

        void add(int a, int b, int pattern) {
            if (size == first.length) {
                first = Arrays.copyOf(first, size * 2);
                second = Arrays.copyOf(second, size * 2);
                patterns = Arrays.copyOf(patterns, size * 2);
            }
            first[size] = a;
            second[size] = b;
            patterns[size] = pattern;
            size++;
        }

        void trim() {
            first = Arrays.copyOf(first, size);
            second = Arrays.copyOf(second, size);
            patterns = Arrays.copyOf(patterns, size);
        }

        /** How many pairs. */
        public int size() {
            return size;
        }

        /** The earlier record of pair {@code k}. */
        public int first(int k) {
            return first[k];
        }

        /** The later record of pair {@code k}. */
        public int second(int k) {
            return second[k];
        }

        /** The comparison pattern of pair {@code k}. */
        public int pattern(int k) {
            return patterns[k];
        }
    }

    private final List<PreparedSubject> subjects;
    private final PairComparator comparator;
    private final Limits limits;
    private final int threads;
    private final int n;
    /** The records of the kept blocks, block after block. */
    private int[] members;
    /** For each kept block, where it starts in members; one more entry for the end. */
    private int[] blockStarts;
    /** For each kept block, whether it pairs only records of which one has no date of birth. */
    private boolean[] blockWithoutDate;
    /** For each record, where its slots start in slotBlocks and slotPositions; one more entry for the end. */
    private int[] slotStarts;
    private int[] slotBlocks;
    private int[] slotPositions;
    private long droppedKeys;
    private final List<Chunk> chunks = new ArrayList<>();

    /**
     * @param subjects   the records, prepared
     * @param comparator compares two records
     * @param limits     bounds on the blocking
     * @param threads    worker threads, at least 1
     */
    public BulkDetector(List<PreparedSubject> subjects, PairComparator comparator, Limits limits, int threads) {
        if (subjects.size() > RANK_MASK) {
            throw new IllegalArgumentException("at most " + RANK_MASK + " records, was " + subjects.size());
        }
        this.subjects = subjects;
        this.comparator = comparator;
        this.limits = limits;
        this.threads = Math.max(1, threads);
        this.n = subjects.size();
    }

    /** The number of records. */
    public int size() {
        return n;
    }

    /** The chunks of pairs compared, in order, once {@link #compare} has run. */
    public List<Chunk> chunks() {
        return chunks;
    }

    /**
     * Blocks the records and compares every candidate pair once, keeping the patterns.
     *
     * @param progress  told how many records were paired, out of all
     * @param pairs     told how many pairs were compared so far
     * @param cancelled polled on the calling thread
     */
    public Compared compare(ProgressListener progress, PairCounter pairs, BooleanSupplier cancelled) {
        block();
        int chunkCount = (n + CHUNK - 1) / CHUNK;
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger recordsDone = new AtomicInteger();
        AtomicLong pairsDone = new AtomicLong();
        ThreadLocal<int[]> lastPairedWith = ThreadLocal.withInitial(() -> {
            int[] last = new int[n];
            Arrays.fill(last, -1);
            return last;
        });
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            List<Future<Chunk>> futures = new ArrayList<>(chunkCount);
            for (int c = 0; c < chunkCount; c++) {
                int from = c * CHUNK;
                int to = Math.min(n, from + CHUNK);
                futures.add(pool.submit(() -> {
                    Chunk chunk = new Chunk();
                    if (!stop.get()) {
                        pairChunk(from, to, lastPairedWith.get(), chunk);
                        chunk.trim();
                    }
                    recordsDone.addAndGet(to - from);
                    pairsDone.addAndGet(chunk.size());
                    return chunk;
                }));
            }
            long compared = 0;
            for (Future<Chunk> future : futures) {
                Chunk chunk = null;
                while (chunk == null) {
                    if (!stop.get() && cancelled.getAsBoolean()) {
                        stop.set(true);
                    }
                    progress.onProgress(Math.min(recordsDone.get(), n), n);
                    pairs.onPairs(pairsDone.get());
                    chunk = await(future);
                }
                if (!stop.get()) {
                    chunks.add(chunk);
                    compared += chunk.size();
                }
            }
            if (stop.get()) {
                chunks.clear();
                return new Compared(0, droppedKeys, true);
            }
            progress.onProgress(n, n);
            pairs.onPairs(compared);
            return new Compared(compared, droppedKeys, false);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs a task per chunk of pairs on the worker threads and hands the results over in chunk
     * order, whatever order they finish in.
     *
     * @param <T>      what a task makes of a chunk
     * @param work     the task
     * @param consumer receives the results in chunk order, on the calling thread
     * @param cancelled polled on the calling thread before each result is handed over
     * @return false when cancelled before every result was handed over
     */
    public <T> boolean forEachChunk(java.util.function.Function<Chunk, T> work, java.util.function.Consumer<T> consumer,
            BooleanSupplier cancelled) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            List<Future<T>> futures = new ArrayList<>(chunks.size());
            for (Chunk chunk : chunks) {
                futures.add(pool.submit(() -> work.apply(chunk)));
            }
            for (Future<T> future : futures) {
                if (cancelled.getAsBoolean()) {
                    return false;
                }
                T result = null;
                while (result == null) {
                    result = await(future);
                }
                consumer.accept(result);
            }
            return true;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Told how many pairs were compared so far. */
    @FunctionalInterface
    public interface PairCounter {
        /** A counter that ignores the count. */
        PairCounter NONE = compared -> { };

        void onPairs(long compared);
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException notYet) {
            return null;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while detecting duplicates", interrupted);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "caseload-duplicates-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Pairs the records [from, to) with later records, within the budget. */
    private void pairChunk(int from, int to, int[] last, Chunk chunk) {
        int halfWindow = (limits.maxBlockSize() - 1) / 2;
        for (int i = from; i < to; i++) {
            int partners = 0;
            PreparedSubject a = subjects.get(i);
            slots:
            for (int slot = slotStarts[i]; slot < slotStarts[i + 1]; slot++) {
                int block = slotBlocks[slot];
                boolean needsMissingDate = blockWithoutDate[block] && BulkBlockingKeys.hasFullDate(a);
                int start = blockStarts[block];
                int end = blockStarts[block + 1];
                int lo = start;
                int hi = end;
                if (end - start > limits.maxBlockSize()) {
                    lo = Math.max(start, slotPositions[slot] - halfWindow);
                    hi = Math.min(end, slotPositions[slot] + halfWindow + 1);
                }
                for (int q = lo; q < hi; q++) {
                    int j = members[q];
                    if (j > i && last[j] != i
                            && !(needsMissingDate && BulkBlockingKeys.hasFullDate(subjects.get(j)))) {
                        last[j] = i;
                        chunk.add(i, j, comparator.pattern(a, subjects.get(j)));
                        if (++partners >= limits.pairBudget()) {
                            break slots;
                        }
                    }
                }
            }
        }
    }

    /**
     * Builds the blocks: every record's keys hashed, packed with the record's rank in name order
     * and sorted, so that equal keys lie together and, within a block, records lie in name order
     * (what sorted neighbourhood walks). Keys held by one record are left out; keys held by more
     * than the frequency limit are dropped and counted.
     */
    private void block() {
        int[] rankOf = ranks();
        int[] recordOfRank = new int[n];
        for (int i = 0; i < n; i++) {
            recordOfRank[rankOf[i]] = i;
        }
        long[] entries = new long[Math.max(16, n * 8)];
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (String key : BulkBlockingKeys.of(subjects.get(i))) {
                if (count == entries.length) {
                    entries = Arrays.copyOf(entries, count + count / 2);
                }
                long hashed = hash(key) & ~RANK_MASK & ~WITHOUT_DATE_BIT;
                entries[count++] = hashed | (BulkBlockingKeys.onlyWithoutDate(key) ? WITHOUT_DATE_BIT : 0)
                        | rankOf[i];
            }
        }
        Arrays.parallelSort(entries, 0, count);
        int[] memberList = new int[count];
        List<Integer> starts = new ArrayList<>();
        List<Boolean> withoutDate = new ArrayList<>();
        int kept = 0;
        int[] slotsPerRecord = new int[n + 1];
        for (int s = 0; s < count; ) {
            long key = entries[s] & ~RANK_MASK;
            int e = s;
            int previousRank = -1;
            int blockStart = kept;
            while (e < count && (entries[e] & ~RANK_MASK) == key) {
                int rank = (int) (entries[e] & RANK_MASK);
                if (rank != previousRank) {
                    memberList[kept++] = recordOfRank[rank];
                    previousRank = rank;
                }
                e++;
            }
            int size = kept - blockStart;
            if (size < 2) {
                kept = blockStart;
            } else if (size > limits.maxKeyFrequency()) {
                droppedKeys++;
                kept = blockStart;
            } else {
                starts.add(blockStart);
                withoutDate.add((key & WITHOUT_DATE_BIT) != 0);
                for (int q = blockStart; q < kept; q++) {
                    slotsPerRecord[memberList[q] + 1]++;
                }
            }
            s = e;
        }
        members = Arrays.copyOf(memberList, kept);
        blockStarts = new int[starts.size() + 1];
        blockWithoutDate = new boolean[starts.size()];
        for (int b = 0; b < starts.size(); b++) {
            blockStarts[b] = starts.get(b);
            blockWithoutDate[b] = withoutDate.get(b);
        }
        blockStarts[starts.size()] = kept;
        slotStarts = slotsPerRecord;
        for (int i = 0; i < n; i++) {
            slotStarts[i + 1] += slotStarts[i];
        }
        slotBlocks = new int[kept];
        slotPositions = new int[kept];
        int[] next = Arrays.copyOf(slotStarts, n);
        for (int b = 0; b + 1 < blockStarts.length; b++) {
            for (int q = blockStarts[b]; q < blockStarts[b + 1]; q++) {
                int record = members[q];
                slotBlocks[next[record]] = b;
                slotPositions[next[record]++] = q;
            }
        }
        for (int i = 0; i < n; i++) {
            sortSlotsBySize(slotStarts[i], slotStarts[i + 1]);
        }
    }

    /** Orders a record's slots from the smallest block up: the most selective keys spend the budget first. */
    private void sortSlotsBySize(int from, int to) {
        for (int x = from + 1; x < to; x++) {
            int block = slotBlocks[x];
            int position = slotPositions[x];
            int size = blockStarts[block + 1] - blockStarts[block];
            int y = x - 1;
            while (y >= from && blockStarts[slotBlocks[y] + 1] - blockStarts[slotBlocks[y]] > size) {
                slotBlocks[y + 1] = slotBlocks[y];
                slotPositions[y + 1] = slotPositions[y];
                y--;
            }
            slotBlocks[y + 1] = block;
            slotPositions[y + 1] = position;
        }
    }

    /** Each record's rank when sorted by surname, first name, date of birth and id. */
    private int[] ranks() {
        String[] sortKeys = new String[n];
        for (int i = 0; i < n; i++) {
            sortKeys[i] = BlockingKeys.sortKey(subjects.get(i));
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.parallelSort(order, (x, y) -> {
            int byKey = sortKeys[x].compareTo(sortKeys[y]);
            return byKey != 0 ? byKey : Integer.compare(x, y);
        });
        int[] rankOf = new int[n];
        for (int r = 0; r < n; r++) {
            rankOf[order[r]] = r;
        }
        return rankOf;
    }

    /** A 64-bit hash of a key (FNV-1a, then mixed), of which the top 40 bits are kept. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** How often each value occurs among the records that have one; for term-frequency weights. */
    public static Map<String, Integer> frequencies(List<PreparedSubject> subjects,
            java.util.function.Function<PreparedSubject, String> value) {
        Map<String, Integer> counts = new HashMap<>();
        for (PreparedSubject subject : subjects) {
            String v = value.apply(subject);
            if (!v.isEmpty()) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        return counts;
    }
}
