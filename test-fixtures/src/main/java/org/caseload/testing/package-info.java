// SPDX-License-Identifier: Apache-2.0
/**
 * Test fixtures for code that embeds Caseload: a {@link org.caseload.testing.TestClock} the test
 * moves, a {@link org.caseload.testing.TestIdentity} whose signed-in user the test switches per
 * call, users per {@link org.caseload.testing.Role} ({@link org.caseload.testing.TestUsers}), a
 * {@link org.caseload.testing.RecordingNotifier} and a
 * {@link org.caseload.testing.RecordingSupportChannel} that keep what they are given and fail on
 * demand, and {@link org.caseload.testing.ClientRecords} for stored clients. Depend on it in test
 * scope only; {@code docs/testing.md} shows a host's test using them.
 */
package org.caseload.testing;
