// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.help;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.caseload.core.Caseload;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.help.Help;
import org.caseload.help.HelpService;
import org.caseload.help.ToolTip;
import org.caseload.spi.ui.ToolTipEntry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The cost of one tool-tip lookup through {@link HelpService#toolTip}, as a host pays it on every
 * hover: authentication through the identity provider, the permission check, and the resolution
 * over 50 screens of 40 fields in English, French and an organization's overrides. The user is
 * {@code fr-CA} in the overriding organization and most tips exist only in English at product
 * level, so most lookups walk the longest chain (three locales, two levels). The baseline is a
 * plain {@link HashMap} lookup of a precomputed key: the floor any resolution pays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ToolTipBenchmark {

    private static final int SCREENS = 50;
    private static final int FIELDS = 40;
    private static final String ORGANIZATION = "shelter-north";

    private Caseload caseload;
    private HelpService help;
    private String[] screens;
    private String[] fields;
    private String[] keys;
    private Map<String, String> baseline;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        List<ToolTipEntry> tips = new ArrayList<>();
        baseline = new HashMap<>();
        int lookups = SCREENS * FIELDS;
        screens = new String[lookups];
        fields = new String[lookups];
        keys = new String[lookups];
        for (int s = 0; s < SCREENS; s++) {
            for (int f = 0; f < FIELDS; f++) {
                String screen = "screen." + s;
                String field = "field" + f;
                String text = "Help for " + field + " of " + screen;
                tips.add(new ToolTipEntry(null, screen, field, Locale.ENGLISH, text));
                if (f % 4 == 0) {
                    tips.add(new ToolTipEntry(null, screen, field, Locale.FRENCH, "Aide : " + text));
                }
                if (f % 10 == 0) {
                    tips.add(new ToolTipEntry(ORGANIZATION, screen, field, Locale.ENGLISH, "Ours: " + text));
                }
                int i = s * FIELDS + f;
                screens[i] = screen;
                fields[i] = field;
                keys[i] = screen + "/" + field;
                baseline.put(keys[i], text);
            }
        }
        caseload = Caseload.builder().storage(new InMemoryStorage())
                .identity(new FixedUser(ORGANIZATION, Locale.CANADA_FRENCH)).build();
        help = Help.create(caseload, () -> tips);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        caseload.close();
    }

    private int nextIndex() {
        int i = next;
        next = i + 1 == keys.length ? 0 : i + 1;
        return i;
    }

    @Benchmark
    public Optional<ToolTip> toolTip() {
        int i = nextIndex();
        return help.toolTip(screens[i], fields[i]);
    }

    @Benchmark
    public String baselineHashMapLookup() {
        return baseline.get(keys[nextIndex()]);
    }
}
