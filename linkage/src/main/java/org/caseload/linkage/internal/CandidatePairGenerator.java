// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.caseload.linkage.ProgressListener;

/**
 * Generates candidate pairs from blocking keys, each pair once. A block of at most
 * {@code maxBlockSize} records yields all its pairs; a larger block (a common surname in a
 * common birth year) is sorted and each record is paired only with its neighbours, fewer than
 * {@code maxBlockSize} in all. The cost is therefore at most records × keys × maxBlockSize
 * comparisons: linear in the number of records. Not thread-safe; one instance per run.
 */
public final class CandidatePairGenerator {

    /** Receives a candidate pair as indexes into the subject list, the smaller first. */
    @FunctionalInterface
    public interface PairSink {
        void accept(int first, int second);
    }

    /**
     * What a run did.
     *
     * @param pairs     pairs handed to the sink
     * @param cancelled whether the run stopped early
     */
    public record Result(long pairs, boolean cancelled) {
    }

    private static final int PROGRESS_EVERY = 1024;

    private final List<PreparedSubject> subjects;
    private final int maxBlockSize;
    private final int[][] blocks;
    private final int[][] recordBlocks;
    private final int[][] recordPositions;

    /**
     * Indexes the subjects by their blocking keys.
     *
     * @throws IllegalArgumentException when maxBlockSize is below 2
     */
    public CandidatePairGenerator(List<PreparedSubject> subjects, int maxBlockSize) {
        if (maxBlockSize < 2) {
            throw new IllegalArgumentException("maxBlockSize must be at least 2, was " + maxBlockSize);
        }
        this.subjects = subjects;
        this.maxBlockSize = maxBlockSize;
        Map<String, Integer> blockIds = new HashMap<>();
        recordBlocks = new int[subjects.size()][];
        for (int i = 0; i < subjects.size(); i++) {
            recordBlocks[i] = BlockingKeys.of(subjects.get(i)).stream()
                    .mapToInt(key -> blockIds.computeIfAbsent(key, k -> blockIds.size())).distinct().toArray();
        }
        blocks = fillBlocks(blockIds.size());
        recordPositions = new int[subjects.size()][];
        for (int i = 0; i < subjects.size(); i++) {
            recordPositions[i] = new int[recordBlocks[i].length];
        }
        IntStream.range(0, blocks.length).filter(b -> blocks[b].length > maxBlockSize).forEach(this::sortAndPosition);
    }

    /** Hands every candidate pair to the sink; stops early, between records, when cancelled. */
    public Result generate(PairSink sink, ProgressListener progress, BooleanSupplier cancelled) {
        int total = subjects.size();
        int[] lastPairedWith = new int[total];
        Arrays.fill(lastPairedWith, -1);
        int halfWindow = (maxBlockSize - 1) / 2;
        long pairs = 0;
        for (int i = 0; i < total; i++) {
            if (i % PROGRESS_EVERY == 0) {
                if (cancelled.getAsBoolean()) {
                    return new Result(pairs, true);
                }
                progress.onProgress(i, total);
            }
            for (int slot = 0; slot < recordBlocks[i].length; slot++) {
                int[] block = blocks[recordBlocks[i][slot]];
                int from = 0;
                int to = block.length - 1;
                if (block.length > maxBlockSize) {
                    from = Math.max(0, recordPositions[i][slot] - halfWindow);
                    to = Math.min(block.length - 1, recordPositions[i][slot] + halfWindow);
                }
                for (int q = from; q <= to; q++) {
                    int j = block[q];
                    if (j > i && lastPairedWith[j] != i) {
                        lastPairedWith[j] = i;
                        sink.accept(i, j);
                        pairs++;
                    }
                }
            }
        }
        progress.onProgress(total, total);
        return new Result(pairs, false);
    }

    private int[][] fillBlocks(int blockCount) {
        int[] sizes = new int[blockCount];
        for (int[] ids : recordBlocks) {
            for (int id : ids) {
                sizes[id]++;
            }
        }
        int[][] filled = new int[blockCount][];
        for (int b = 0; b < blockCount; b++) {
            filled[b] = new int[sizes[b]];
        }
        int[] next = new int[blockCount];
        for (int i = 0; i < recordBlocks.length; i++) {
            for (int id : recordBlocks[i]) {
                filled[id][next[id]++] = i;
            }
        }
        return filled;
    }

    /** Sorts an oversized block in place and records where each member landed. */
    private void sortAndPosition(int blockId) {
        int[] block = blocks[blockId];
        int[] sorted = IntStream.of(block).boxed()
                .sorted(Comparator.comparing(i -> BlockingKeys.sortKey(subjects.get(i))))
                .mapToInt(Integer::intValue).toArray();
        System.arraycopy(sorted, 0, block, 0, block.length);
        for (int q = 0; q < block.length; q++) {
            int record = block[q];
            recordPositions[record][slotOf(record, blockId)] = q;
        }
    }

    private int slotOf(int record, int blockId) {
        for (int slot = 0; slot < recordBlocks[record].length; slot++) {
            if (recordBlocks[record][slot] == blockId) {
                return slot;
            }
        }
        throw new IllegalStateException("record " + record + " is not in block " + blockId);
    }
}
