// SPDX-License-Identifier: Apache-2.0
/** Test fixtures for hosts' tests and Caseload's own: clock, identities, recording channels, record builders. */
module org.caseload.testing {
    requires transitive org.caseload.spi;

    exports org.caseload.testing;
}
