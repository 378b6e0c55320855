// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.help;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the help benchmarks ({@link ToolTipBenchmark}, {@link KnowledgeBaseSearchBenchmark}). Without arguments: a short run (one fork, two warm-up and three
 * measured iterations of two seconds), enough for the orders of magnitude the goals are about;
 * with arguments, they are JMH's own command line ({@code -wi 5 -i 10 -f 3 ToolTip}).
 */
public final class HelpBenchmarks {

    private HelpBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        run();
    }

    private static void run() throws RunnerException {
        Options options = new OptionsBuilder()
                .include(ToolTipBenchmark.class.getName())
                .include(KnowledgeBaseSearchBenchmark.class.getName())
                .forks(1)
                .warmupIterations(2)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(3)
                .measurementTime(TimeValue.seconds(2))
                .timeUnit(TimeUnit.NANOSECONDS)
                .build();
        new Runner(options).run();
    }
}
