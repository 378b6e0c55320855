// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.caseload.examples.cli.HmisClientFormat;

/**
 * Writes a generated client list as an HMIS export's {@code Client.csv} (FY2024 columns) and its
 * ground truth as {@code truth.csv} ({@code PersonalID,person}: rows of one person share the
 * person), for {@code bin/caseload duplicates --format hmis} and {@code PairsEvaluation}.
 *
 * <p>Usage: {@code GenerateHmisClients --records N [--seed S] --output DIR}
 */
public final class GenerateHmisClients {

    private GenerateHmisClients() {
    }

    public static void main(String[] args) throws IOException {
        int records = 0;
        long seed = 1;
        Path output = null;
        HmisClientGenerator.Setting setting = HmisClientGenerator.Setting.STANDARD;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--records" -> records = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--output" -> output = Path.of(args[i + 1]);
                case "--setting" -> setting = HmisClientGenerator.Setting.valueOf(args[i + 1].toUpperCase(Locale.ROOT));
                default -> usage();
            }
        }
        if (records < 1 || output == null || args.length % 2 != 0) {
            usage();
        }
        HmisClientGenerator.Generated generated = HmisClientGenerator.generate(seed, records, setting);
        Files.createDirectories(output);
        write(generated, output.resolve("Client.csv"), output.resolve("truth.csv"));
        System.out.printf("%d records of %d people, %d true pairs, in %s%n", generated.records().size(),
                generated.people(), generated.truePairs(), output);
        generated.counts().byKind().forEach((kind, count) -> System.out.printf("  %-28s %d%n", kind, count));
    }

    /** Writes the rows with the FY2024 header, and the truth. */
    public static void write(HmisClientGenerator.Generated generated, Path clients, Path truth) throws IOException {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(clients, StandardCharsets.UTF_8), 1 << 16);
                Writer truthOut = new BufferedWriter(Files.newBufferedWriter(truth, StandardCharsets.UTF_8))) {
            out.write(line(HmisClientFormat.FY2024_COLUMNS));
            truthOut.write("PersonalID,person\r\n");
            for (GeneratedRecord record : generated.records()) {
                out.write(line(record.toRow()));
                truthOut.write(record.personalId() + ',' + record.person() + "\r\n");
            }
        }
    }

    private static String line(List<String> values) {
        StringBuilder line = new StringBuilder(256);
        for (String value : values) {
            if (line.length() > 0) {
                line.append(',');
            }
            boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0;
            line.append(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
        }
        return line.append("\r\n").toString();
    }

    private static void usage() {
        System.err.println("usage: GenerateHmisClients --records N [--seed S] [--setting standard|varied] --output DIR");
        System.exit(2);
    }
}
