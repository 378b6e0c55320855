// SPDX-License-Identifier: Apache-2.0
package org.caseload.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caseload kb search} over the demo help bundle and small bundles of its own. */
class KbCommandTest {

    private static final String DEMO = Path.of("src", "main", "resources", "demo-help").toString();
    private static final String HIT = "[a-z0-9-]+\t[^\t]+\t\\d+\\.\\d{3}";

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsOneHitPerLineBestFirst() {
        assertThat(run("kb", "search", "--bundle", DEMO, "head", "of", "household")).as(stderr()).isZero();

        List<String> lines = stdout().lines().toList();
        assertThat(lines).isNotEmpty().allMatch(line -> line.matches(HIT));
        assertThat(lines.get(0)).startsWith("households\tHouseholds and the head of household\t");
        List<Double> scores = lines.stream().map(line -> Double.parseDouble(line.split("\t")[2])).toList();
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void printsNothingAndSucceedsWhenNoArticleIsRelevant() {
        assertThat(run("kb", "search", "--bundle", DEMO, "how", "do", "I", "reset", "my", "password")).isZero();

        assertThat(stdout()).isEmpty();
    }

    @Test
    void searchesInTheLocaleGivenAndAsAReaderOfEveryPublishedArticle() {
        assertThat(run("kb", "search", "--bundle", DEMO, "--locale", "fr", "--limit", "1", "raccourcis clavier"))
                .isZero();
        assertThat(stdout()).startsWith("keyboard-shortcuts\t").hasLineCount(1);
        out.reset();

        // Its audience is ticket.administer: the command reads it like a local administrator.
        assertThat(run("kb", "search", "--bundle", DEMO, "--limit", "1", "ticket queue")).isZero();
        assertThat(stdout()).startsWith("working-the-ticket-queue\t");
    }

    @Test
    void runsEachLineOfAFileAsAQueryWithOneBlockEndedByABlankLineForEach() throws IOException {
        Path queries = Files.writeString(folder.resolve("queries.txt"),
                "hotkeys\nwhat is the wifi password\n\ndischarge destination\n", StandardCharsets.UTF_8);

        assertThat(run("kb", "search", "--bundle", DEMO, "--limit", "2", "--queries", queries.toString())).isZero();

        assertThat(stdout()).endsWith("\n\n");
        List<List<String>> blocks = blocks(stdout());
        assertThat(blocks).hasSize(4);
        assertThat(blocks.get(0).get(0)).startsWith("keyboard-shortcuts\t");
        assertThat(blocks.get(1)).isEmpty();
        assertThat(blocks.get(2)).isEmpty();
        assertThat(blocks.get(3).get(0)).startsWith("exits-and-destinations\t");
        assertThat(blocks.get(3)).hasSizeLessThanOrEqualTo(2).allMatch(line -> line.matches(HIT));
    }

    @Test
    void anOrganizationsArticlesAreSearchedOnlyWhenItIsGiven() throws IOException {
        Path bundle = bundleWithAnOrganizationArticle();

        assertThat(run("kb", "search", "--bundle", bundle.toString(), "laundry", "tokens")).isZero();
        assertThat(stdout()).isEmpty();

        assertThat(run("kb", "search", "--bundle", bundle.toString(), "--organization", "shelter-north",
                "laundry", "tokens")).isZero();
        assertThat(stdout()).startsWith("laundry\tLaundry tokens\t");
    }

    @Test
    void wrongArgumentsAreUsageErrors() {
        assertThat(run("kb", "search", "--bundle", DEMO)).isEqualTo(2);
        assertThat(stderr()).contains("give either QUERY or --queries FILE");
        assertThat(run("kb", "search", "--bundle", DEMO, "--limit", "0", "exit")).isEqualTo(2);
        assertThat(stderr()).contains("'0' is not a number from 1 to 50");
        assertThat(run("kb", "search", "--bundle", folder.resolve("none").toString(), "exit")).isEqualTo(2);
        assertThat(stderr()).contains("no such folder");
        assertThat(run("kb")).isEqualTo(2);
        assertThat(stdout()).isEmpty();
    }

    @Test
    void aQueryLongerThanASearchAcceptsFailsNamingItsLine() throws IOException {
        Path queries = Files.writeString(folder.resolve("queries.txt"), "exit\n" + "word ".repeat(41) + "\n");

        assertThat(run("kb", "search", "--bundle", DEMO, "--queries", queries.toString())).isEqualTo(1);
        assertThat(stderr()).isEqualTo("caseload kb search: " + queries + " line 2: a query is at most 200 characters"
                + System.lineSeparator());
        assertThat(stdout()).isEmpty();
    }

    @Test
    void aBundleThatCannotBeReadFailsWithOneLine() throws IOException {
        assertThat(run("kb", "search", "--bundle", folder.toString(), "exit")).isEqualTo(1);
        assertThat(stderr()).startsWith("caseload kb search: cannot read the help bundle " + folder + ": ")
                .hasLineCount(1);
    }

    /** The lines of each block, a blank line ending each. */
    private static List<List<String>> blocks(String output) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : output.split("\n", -1)) {
            if (line.isEmpty()) {
                blocks.add(block);
                block = new ArrayList<>();
            } else {
                block.add(line);
            }
        }
        blocks.remove(blocks.size() - 1);
        return blocks;
    }

    private Path bundleWithAnOrganizationArticle() throws IOException {
        Path organization = Files.createDirectories(folder.resolve("organizations/shelter-north"));
        Files.writeString(folder.resolve("tooltips.json"), "[]");
        Files.writeString(folder.resolve("organizations.json"), "[\"shelter-north\"]");
        Files.writeString(organization.resolve("articles.json"), "[\"laundry.md\"]");
        Files.writeString(organization.resolve("laundry.md"), "---\ntitle: Laundry tokens\ncategory: User Guide\n"
                + "updated: 2025-01-15\nlocale: en\nstatus: published\n---\nThe front desk hands out laundry tokens.\n");
        return folder;
    }

    private int run(String... args) {
        return CaseloadCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
