// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.caseload.linkage.internal.BulkDetector;
import org.caseload.linkage.internal.CandidatePairGenerator;
import org.caseload.linkage.internal.Comparison;
import org.caseload.linkage.internal.EmEstimator;
import org.caseload.linkage.internal.FellegiSunterParameters;
import org.caseload.linkage.internal.GenerationRule;
import org.caseload.linkage.internal.MatchKeyFactory;
import org.caseload.linkage.internal.PairComparator;
import org.caseload.linkage.internal.PreparedSubject;
import org.caseload.linkage.internal.ScoringVariable;
import org.caseload.linkage.internal.TermFrequencies;
import org.caseload.linkage.internal.TwinRule;

/**
 * Finds records that are one person: match keys for indexed retrieval, pairwise scoring with an
 * explanation per field, estimation of the scoring weights from the records themselves, and bulk
 * detection over blocked candidate pairs.
 *
 * <p>Build one with {@link #builder()} (or {@link #standard()}) and share it: it is immutable and
 * thread-safe. Every method rejects null arguments with a {@link NullPointerException}. Nothing
 * it logs or throws contains personal data.
 */
public final class MatchEngine {

    /** How many random pairs estimate u (see {@link EmEstimator#withRandomPairU}). */
    private static final long RANDOM_PAIRS = 200_000;
    private static final long RANDOM_SEED = 20_240_101L;
    /** The most records whose candidate pairs EM estimates m from. */
    private static final int EM_SAMPLE = 200_000;
    /**
     * Below this many records, bulk detection scores with {@link MatchModel#standard()}: a few
     * dozen candidate pairs cannot tell EM the m of eight fields, nor the share of matches.
     */
    private static final int MIN_RECORDS_TO_ESTIMATE = 500;

    private final NicknameTable nicknames;
    private final MatchThresholds thresholds;
    private final int maxBlockSize;
    private final int maxKeyFrequency;
    private final int pairBudget;
    private final PairComparator comparator;
    private final MatchKeyFactory keyFactory;
    private final ModelListener modelListener;

    private MatchEngine(Builder builder) {
        this.nicknames = builder.nicknames;
        this.thresholds = builder.thresholds;
        this.maxBlockSize = builder.maxBlockSize;
        this.maxKeyFrequency = builder.maxKeyFrequency;
        this.pairBudget = builder.pairBudget;
        this.comparator = new PairComparator(nicknames);
        this.keyFactory = new MatchKeyFactory(nicknames);
        this.modelListener = builder.modelListener;
    }

    /** An engine with the shipped nickname list, {@link MatchThresholds#DEFAULT} and blocks capped at 100. */
    public static MatchEngine standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public MatchThresholds thresholds() {
        return thresholds;
    }

    /** The nickname relations first and middle names are compared with. */
    NicknameTable nicknames() {
        return nicknames;
    }

    /**
     * The match keys a store indexes the subject by, each a kind and a value: {@code name:},
     * {@code nick:}, {@code phon:}, {@code dob:} (also under the swapped day and month),
     * {@code yob:}, {@code ssn:} and {@code ssn4:} (digests of valid SSNs, never their digits),
     * {@code id:}. The SSN digests are unkeyed: whoever keeps them must digest them again under a
     * secret key, as Caseload's runtime does before storing them.
     */
    public Set<String> matchKeys(MatchSubject subject) {
        return keyFactory.keys(Objects.requireNonNull(subject, "subject"));
    }

    /**
     * The subject's blocking keys as index keys, {@code blk:} and a digest each: two subjects that
     * share one are a candidate pair, exactly as bulk detection pairs them. A store indexes them
     * beside {@link #matchKeys} so that an intake check finds its candidates in a few small index
     * entries; digests, because the keys join raw values. Those built on the SSN are
     * {@code blkssn:} rather than {@code blk:}: unkeyed like the {@code ssn:} match keys, they must
     * be digested again under a secret key before they are kept.
     */
    public Set<String> blockingKeys(MatchSubject subject) {
        return keyFactory.blockingKeys(PreparedSubject.of(Objects.requireNonNull(subject, "subject")));
    }

    /** Compares and scores two subjects. */
    public ScoredPair score(MatchModel model, MatchSubject a, MatchSubject b) {
        Objects.requireNonNull(model, "model");
        return score(model, prepare(Objects.requireNonNull(a, "a")), prepare(Objects.requireNonNull(b, "b")));
    }

    /**
     * The weight {@link #score(MatchModel, Prepared, Prepared)} gives the pair (its
     * {@link ScoredPair#score()}), without the probability, classification and explanation built
     * around it: for ranking many candidates of which few are shown, each shown one then scored.
     */
    public double weigh(MatchModel model, Prepared a, Prepared b) {
        Objects.requireNonNull(model, "model");
        PreparedSubject preparedA = Objects.requireNonNull(a, "a").subject;
        PreparedSubject preparedB = Objects.requireNonNull(b, "b").subject;
        return model.parameters().weight(comparator.pattern(preparedA, preparedB));
    }

    /**
     * The subject with what scoring computes of it computed once (normalized names, phonetic
     * codes, date parts), to be {@linkplain #score(MatchModel, Prepared, Prepared) scored} against
     * many others: a search scores each of its readings against every candidate.
     */
    public Prepared prepare(MatchSubject subject) {
        return new Prepared(PreparedSubject.of(Objects.requireNonNull(subject, "subject")));
    }

    /**
     * Compares and scores two prepared subjects: the same result as
     * {@link #score(MatchModel, MatchSubject, MatchSubject)} of the subjects they were prepared from.
     */
    public ScoredPair score(MatchModel model, Prepared a, Prepared b) {
        Objects.requireNonNull(model, "model");
        PreparedSubject preparedA = Objects.requireNonNull(a, "a").subject;
        PreparedSubject preparedB = Objects.requireNonNull(b, "b").subject;
        return scored(model.parameters(), preparedA, preparedB, comparator.compare(preparedA, preparedB));
    }

    /**
     * A subject as {@link #prepare} leaves it, ready to be scored by any engine with the same
     * nickname list (the nicknames are looked up when comparing, not when preparing). Immutable
     * and thread-safe; holds the subject's personal data, and never prints it.
     */
    public static final class Prepared {
        private final PreparedSubject subject;

        private Prepared(PreparedSubject subject) {
            this.subject = subject;
        }

        /** The subject's id. */
        public String id() {
            return subject.id();
        }

        @Override
        public String toString() {
            return "Prepared[" + subject.id() + "]";
        }
    }

    /**
     * Estimates a model from the subjects' own candidate pairs by EM, without labels. With no
     * candidate pair at all there is nothing to learn from, and {@link MatchModel#standard()} is
     * returned.
     *
     * @throws CancellationException when {@code cancelled} turns true before the estimate is done
     */
    public MatchModel estimateModel(List<MatchSubject> subjects, ProgressListener progress, BooleanSupplier cancelled) {
        List<PreparedSubject> prepared = prepare(subjects);
        long[] patternCounts = new long[ScoringVariable.PATTERNS];
        CandidatePairGenerator.Result result = new CandidatePairGenerator(prepared, maxBlockSize).generate(
                (i, j) -> patternCounts[comparator.pattern(prepared.get(i), prepared.get(j))]++,
                Objects.requireNonNull(progress, "progress"), Objects.requireNonNull(cancelled, "cancelled"));
        if (result.cancelled()) {
            throw new CancellationException("model estimation cancelled");
        }
        if (result.pairs() == 0) {
            return MatchModel.standard();
        }
        long[] randomPatterns = randomPairPatterns(prepared);
        if (prepared.size() <= EM_SAMPLE) {
            return new MatchModel(EmEstimator.withRandomPairU(EmEstimator.estimate(patternCounts), patternCounts,
                    randomPatterns));
        }
        // With many records the capped blocks fill up with people who share a surname sound and a
        // birth year, and EM over every candidate pair takes them for the match class (measured at
        // a million generated clients). m does not depend on how many records there are: estimate
        // it on a random sample whose blocks stay small, then the prior on every candidate pair.
        List<PreparedSubject> sample = sample(prepared);
        long[] samplePatterns = new long[ScoringVariable.PATTERNS];
        CandidatePairGenerator.Result sampled = new CandidatePairGenerator(sample, maxBlockSize).generate(
                (i, j) -> samplePatterns[comparator.pattern(sample.get(i), sample.get(j))]++,
                ProgressListener.NONE, cancelled);
        if (sampled.cancelled()) {
            throw new CancellationException("model estimation cancelled");
        }
        // A pair of records is in the sample only if both are, so the sample holds the share
        // (sample / all)² of every pair of duplicates: scaled back, its expected matches set the
        // prior over every candidate pair. Measured at a million generated clients this errs toward
        // precision (see docs/benchmarks.md).
        FellegiSunterParameters fromSample = EmEstimator.estimate(samplePatterns);
        double scale = (double) prepared.size() / sample.size();
        double matches = fromSample.prior() * EmEstimator.pairs(samplePatterns) * scale * scale;
        return new MatchModel(EmEstimator.withExpectedMatches(
                EmEstimator.withRandomPairU(fromSample, samplePatterns, randomPatterns), patternCounts, matches));
    }

    /** {@value #EM_SAMPLE} of the subjects, drawn at random with a fixed seed. */
    private static List<PreparedSubject> sample(List<PreparedSubject> prepared) {
        List<PreparedSubject> shuffled = new ArrayList<>(prepared);
        Collections.shuffle(shuffled, new Random(RANDOM_SEED));
        return List.copyOf(shuffled.subList(0, EM_SAMPLE));
    }

    /**
     * The comparison patterns of random pairs of the subjects: nearly every random pair is two
     * people. A fixed seed keeps estimates repeatable.
     */
    private long[] randomPairPatterns(List<PreparedSubject> prepared) {
        long[] patternCounts = new long[ScoringVariable.PATTERNS];
        int n = prepared.size();
        if (n < 2) {
            return patternCounts;
        }
        long samples = Math.min(RANDOM_PAIRS, (long) n * (n - 1) / 2);
        SplittableRandom random = new SplittableRandom(RANDOM_SEED);
        for (long s = 0; s < samples; s++) {
            int i = random.nextInt(n);
            int j = random.nextInt(n - 1);
            patternCounts[comparator.pattern(prepared.get(i), prepared.get(j >= i ? j + 1 : j))]++;
        }
        return patternCounts;
    }

    /**
     * Scores every candidate pair of the subjects and streams those classified at least
     * {@code minimum} to the sink, on the calling thread, as they are found. Stops between
     * records when {@code cancelled} turns true; the summary says so.
     */
    public DetectionSummary findDuplicates(List<MatchSubject> subjects, MatchModel model, MatchClassification minimum,
            ProgressListener progress, BooleanSupplier cancelled, Consumer<ScoredPair> sink) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(sink, "sink");
        List<PreparedSubject> prepared = prepare(subjects);
        long[] reported = new long[1];
        CandidatePairGenerator.Result result = new CandidatePairGenerator(prepared, maxBlockSize).generate((i, j) -> {
            ScoredPair pair = scored(model.parameters(), prepared.get(i), prepared.get(j),
                    comparator.compare(prepared.get(i), prepared.get(j)));
            if (pair.classification().compareTo(minimum) <= 0) {
                sink.accept(pair);
                reported[0]++;
            }
        }, Objects.requireNonNull(progress, "progress"), Objects.requireNonNull(cancelled, "cancelled"));
        return new DetectionSummary(subjects.size(), result.pairs(), reported[0], result.cancelled());
    }

    /**
     * Bulk detection in one pass over the comparisons: blocks the subjects by composite keys
     * (a key too frequent to be useful is dropped and counted), compares every candidate pair
     * once on {@code threads} threads, estimates the weights by EM from those very comparisons
     * (u from random pairs, the prior estimated, not floored), adjusts agreeing first names and
     * surnames by how common the name is, and streams the pairs classified at least
     * {@code minimum} to the sink on the calling thread, in an order that does not depend on the
     * number of threads. Progress runs over two passes, comparing then scoring: {@code total} is
     * twice the subjects; a listener that is also a {@link PairProgress} is told the pairs
     * compared. Stops when {@code cancelled} turns true; the summary says so.
     *
     * @param threads worker threads; 0 for one per available processor
     * @throws IllegalArgumentException when threads is negative
     */
    public DetectionSummary detect(List<MatchSubject> subjects, MatchClassification minimum, int threads,
            ProgressListener progress, BooleanSupplier cancelled, Consumer<ScoredPair> sink) {
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancelled, "cancelled");
        Objects.requireNonNull(sink, "sink");
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 or more, was " + threads);
        }
        int workers = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        List<PreparedSubject> prepared = Objects.requireNonNull(subjects, "subjects").parallelStream()
                .map(PreparedSubject::of).toList();
        long total = 2L * prepared.size();
        BulkDetector detector = new BulkDetector(prepared, comparator,
                new BulkDetector.Limits(maxBlockSize, maxKeyFrequency, pairBudget), workers);
        BulkDetector.PairCounter pairs = progress instanceof PairProgress counter ? counter::onPairs
                : BulkDetector.PairCounter.NONE;
        BulkDetector.Compared compared = detector.compare((done, all) -> progress.onProgress(done, total), pairs,
                cancelled);
        if (compared.cancelled()) {
            return new DetectionSummary(prepared.size(), 0, 0, true, compared.droppedKeys());
        }
        long[] patternCounts = new long[ScoringVariable.PATTERNS];
        for (BulkDetector.Chunk chunk : detector.chunks()) {
            for (int k = 0; k < chunk.size(); k++) {
                patternCounts[chunk.pattern(k)]++;
            }
        }
        double allPairs = (double) prepared.size() * (prepared.size() - 1) / 2;
        boolean estimated = prepared.size() >= MIN_RECORDS_TO_ESTIMATE && compared.candidatePairs() > 0;
        MatchModel model = !estimated ? MatchModel.standard()
                : new MatchModel(EmEstimator.estimateOverAllPairs(patternCounts, randomPairPatterns(prepared),
                        allPairs), true);
        modelListener.fitted(Collections.unmodifiableList(subjects), model);
        FellegiSunterParameters parameters = model.parameters();
        // Name frequencies among a handful of records say nothing about names at large.
        TermFrequencies frequencies = estimated ? TermFrequencies.of(prepared, parameters)
                : TermFrequencies.none(prepared.size());
        double[] weights = new double[ScoringVariable.PATTERNS];
        for (int pattern = 0; pattern < weights.length; pattern++) {
            if (patternCounts[pattern] > 0) {
                weights[pattern] = parameters.weight(pattern);
            }
        }
        long[] reported = new long[1];
        long[] scored = new long[1];
        boolean completed = detector.forEachChunk(chunk -> {
            List<ScoredPair> kept = new ArrayList<>();
            for (int k = 0; k < chunk.size(); k++) {
                int i = chunk.first(k);
                int j = chunk.second(k);
                int pattern = chunk.pattern(k);
                double weight = weights[pattern] + frequencies.adjustment(pattern, i);
                if (thresholds.classify(parameters.probability(weight)).compareTo(minimum) <= 0) {
                    ScoredPair pair = scored(parameters, prepared.get(i), prepared.get(j),
                            comparator.compare(prepared.get(i), prepared.get(j)), weight);
                    if (pair.classification().compareTo(minimum) <= 0) {
                        kept.add(pair);
                    }
                }
            }
            return new ScoredChunk(chunk.size(), kept);
        }, result -> {
            result.pairs().forEach(sink);
            reported[0] += result.pairs().size();
            scored[0] += result.compared();
            progress.onProgress(prepared.size() + Math.min(prepared.size(),
                    scored[0] * prepared.size() / Math.max(1, compared.candidatePairs())), total);
        }, cancelled);
        if (!completed) {
            return new DetectionSummary(prepared.size(), compared.candidatePairs(), reported[0], true,
                    compared.droppedKeys());
        }
        progress.onProgress(total, total);
        return new DetectionSummary(prepared.size(), compared.candidatePairs(), reported[0], false,
                compared.droppedKeys());
    }

    /** The pairs one chunk kept, and how many it scored. */
    private record ScoredChunk(int compared, List<ScoredPair> pairs) {
    }

    /**
     * A progress listener that is told, besides the records, how many candidate pairs were
     * compared so far; called on the thread that runs the detection.
     */
    public interface PairProgress extends ProgressListener {
        /** @param compared candidate pairs compared so far */
        void onPairs(long compared);
    }

    /**
     * Told the model a {@link #detect} run scores with, once it is fitted and before the pairs are
     * scored, together with the run's subjects: for handing the model and the records to another
     * linkage tool ({@link SplinkExport}). Called on the thread that runs the detection; not called
     * when the run is cancelled before.
     */
    @FunctionalInterface
    public interface ModelListener {
        /** A listener that does nothing. */
        ModelListener NONE = (subjects, model) -> { };

        /**
         * @param subjects the run's subjects, as given to {@link #detect}
         * @param model    the model fitted on them (or {@link MatchModel#standard()} for too few)
         */
        void fitted(List<MatchSubject> subjects, MatchModel model);
    }

    /**
     * Hands every candidate pair the blocking produces to the consumer, unscored: for measuring
     * the blocking, or for scoring elsewhere.
     */
    public DetectionSummary forEachCandidatePair(List<MatchSubject> subjects, ProgressListener progress,
            BooleanSupplier cancelled, BiConsumer<MatchSubject, MatchSubject> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        List<PreparedSubject> prepared = prepare(subjects);
        CandidatePairGenerator.Result result = new CandidatePairGenerator(prepared, maxBlockSize).generate(
                (i, j) -> consumer.accept(subjects.get(i), subjects.get(j)),
                Objects.requireNonNull(progress, "progress"), Objects.requireNonNull(cancelled, "cancelled"));
        return new DetectionSummary(subjects.size(), result.pairs(), result.pairs(), result.cancelled());
    }

    private static List<PreparedSubject> prepare(List<MatchSubject> subjects) {
        return Objects.requireNonNull(subjects, "subjects").stream().map(PreparedSubject::of).toList();
    }

    private ScoredPair scored(FellegiSunterParameters parameters, PreparedSubject a, PreparedSubject b,
            Comparison comparison) {
        return scored(parameters, a, b, comparison, parameters.weight(comparison.pattern()));
    }

    private ScoredPair scored(FellegiSunterParameters parameters, PreparedSubject a, PreparedSubject b,
            Comparison comparison, double weight) {
        double probability = parameters.probability(weight);
        MatchClassification classification = thresholds.classify(probability);
        if (classification == MatchClassification.PROBABLE && (TwinRule.looksLikeTwins(comparison, a, b)
                || GenerationRule.looksLikeParentAndChild(comparison, a, b))) {
            classification = MatchClassification.POSSIBLE;
        }
        return new ScoredPair(a.id(), b.id(), weight, probability, classification, comparison.explanation());
    }

    /** Configures a {@link MatchEngine}. Not thread-safe; each setter checks its argument. */
    public static final class Builder {
        private NicknameTable nicknames = NicknameTable.standard();
        private MatchThresholds thresholds = MatchThresholds.DEFAULT;
        private int maxBlockSize = 100;
        private int maxKeyFrequency = 1_000;
        private int pairBudget = 200;
        private ModelListener modelListener = ModelListener.NONE;

        private Builder() {
        }

        /** Told the model each {@link #detect} run fits, with the run's subjects; none by default. */
        public Builder modelListener(ModelListener value) {
            modelListener = Objects.requireNonNull(value, "modelListener");
            return this;
        }

        /** The nickname relations first names are compared with; the shipped list by default. */
        public Builder nicknames(NicknameTable value) {
            nicknames = Objects.requireNonNull(value, "nicknames");
            return this;
        }

        /** The thresholds of the classifications; {@link MatchThresholds#DEFAULT} by default. */
        public Builder thresholds(MatchThresholds value) {
            thresholds = Objects.requireNonNull(value, "thresholds");
            return this;
        }

        /**
         * The largest block compared pair by pair; larger blocks are compared by sorted
         * neighbourhood, so that no record meets more than this many others per blocking key.
         *
         * @throws IllegalArgumentException when below 2
         */
        public Builder maxBlockSize(int value) {
            if (value < 2) {
                throw new IllegalArgumentException("maxBlockSize must be at least 2, was " + value);
            }
            maxBlockSize = value;
            return this;
        }

        /**
         * In {@link #detect}, a blocking key held by more records than this is dropped (and
         * counted in the summary): a key shared by so many people says too little to be worth
         * the pairs. 1,000 by default.
         *
         * @throws IllegalArgumentException when below 2
         */
        public Builder maxKeyFrequency(int value) {
            if (value < 2) {
                throw new IllegalArgumentException("maxKeyFrequency must be at least 2, was " + value);
            }
            maxKeyFrequency = value;
            return this;
        }

        /**
         * In {@link #detect}, the most records one record is paired with, its most selective
         * keys first. 200 by default.
         *
         * @throws IllegalArgumentException when below 1
         */
        public Builder pairBudget(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("pairBudget must be at least 1, was " + value);
            }
            pairBudget = value;
            return this;
        }

        public MatchEngine build() {
            return new MatchEngine(this);
        }
    }
}
