// SPDX-License-Identifier: Apache-2.0
/**
 * The contract tests every {@code Storage} must pass: JUnit 5 interfaces with default test
 * methods, and jqwik generators of valid records.
 */
module org.caseload.tck {
    // A host's test implements the contracts, whose methods return SPI types and carry JUnit's and
    // jqwik's annotations; GeneratedClients is a jqwik ArbitrarySupplier.
    requires transitive org.caseload.spi;
    requires transitive org.junit.jupiter.api;
    requires transitive net.jqwik.api;

    requires org.assertj.core;

    exports org.caseload.tck;
}
