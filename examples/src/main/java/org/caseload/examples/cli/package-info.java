// SPDX-License-Identifier: Apache-2.0
/**
 * The {@code caseload} command line ({@code bin/caseload}), on picocli: {@link
 * org.caseload.examples.cli.CaseloadCli} is the root and lists the commands; each command is one
 * class. {@code caseload duplicates} reads an HMIS {@code Client.csv} or a FEBRL file, finds the
 * records of one person with the library's bulk duplicate detection on in-memory storage, and
 * writes the pairs as CSV. Commands that work on a database take {@link
 * org.caseload.examples.cli.DatabaseOptions} ({@code --database}), which reads the database's
 * password and the keys from the environment or from owner-only files, never from the command line.
 */
package org.caseload.examples.cli;
