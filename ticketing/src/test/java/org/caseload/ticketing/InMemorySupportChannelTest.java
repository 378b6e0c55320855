// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.caseload.spi.support.SupportMessage;
import org.caseload.ticketing.InMemorySupportChannel.Faults;
import org.junit.jupiter.api.Test;

class InMemorySupportChannelTest {

    private static SupportMessage.VendorNote note(int n, String organization) {
        return new SupportMessage.VendorNote("m-" + n, organization, "t-1", Instant.EPOCH, 1, n, "Agent", "note " + n);
    }

    private static SupportMessage.Escalation escalation(int n) {
        return new SupportMessage.Escalation("e-" + n, "org-a", "t-" + n, Instant.EPOCH, 1, "ISSUE", "x", "s", "4.2.1", "Ada", null);
    }

    /** What arrives where, and which sends failed, for 40 messages through a channel with these faults. */
    private static List<String> run(Faults faults, long seed) {
        List<String> log = new ArrayList<>();
        InMemorySupportChannel channel = InMemorySupportChannel.withFaults(faults, seed)
                .connectOrganization("org-a", message -> log.add("org " + message.messageId()))
                .connectVendor(message -> log.add("vendor " + message.messageId()));
        for (int n = 1; n <= 40; n++) {
            SupportMessage message = n % 2 == 0 ? note(n, "org-a") : escalation(n);
            try {
                channel.send(message);
            } catch (IllegalStateException lost) {
                log.add("failed " + message.messageId());
            }
        }
        channel.flush();
        return log;
    }

    @Test
    void aReliableChannelRoutesEscalationsToTheVendorAndUpdatesToTheirOrganization() {
        List<String> log = new ArrayList<>();
        InMemorySupportChannel channel = InMemorySupportChannel.reliable()
                .connectOrganization("org-a", message -> log.add("a " + message.messageId()))
                .connectOrganization("org-b", message -> log.add("b " + message.messageId()))
                .connectVendor(message -> log.add("vendor " + message.messageId()));

        channel.send(escalation(1));
        channel.send(note(2, "org-b"));
        channel.send(note(3, "org-a"));

        assertThat(log).containsExactly("vendor e-1", "b m-2", "a m-3");
        assertThatThrownBy(() -> channel.send(note(4, "org-c"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSameSeedGivesTheSameFaultsAndAnotherSeedOtherOnes() {
        Faults faults = new Faults(0.2, 0.2, 0.2, 0.2);

        assertThat(run(faults, 7)).isEqualTo(run(faults, 7));
        assertThat(run(faults, 7)).isNotEqualTo(run(faults, 8));
    }

    @Test
    void everyFaultHappensUnderAFaultySchedule() {
        List<String> log = run(new Faults(0.2, 0.2, 0.2, 0.2), 11);

        assertThat(log).anyMatch(line -> line.startsWith("failed"));
        assertThat(log.stream().filter(line -> !line.startsWith("failed")).distinct().count())
                .as("some message arrived twice").isLessThan(log.stream().filter(line -> !line.startsWith("failed"))
                        .count());
        List<String> arrived = log.stream().filter(line -> !line.startsWith("failed")).distinct().toList();
        assertThat(arrived).as("some messages arrived out of order")
                .isNotEqualTo(arrived.stream().sorted((a, b) -> Integer.compare(number(a), number(b))).toList());
    }

    @Test
    void aHeldMessageWhoseEndpointFailsIsKeptForTheNextFlush() {
        List<String> log = new ArrayList<>();
        boolean[] down = {true};
        InMemorySupportChannel channel = InMemorySupportChannel.withFaults(new Faults(0, 0, 0, 1), 1)
                .connectVendor(message -> {
                    if (down[0]) {
                        throw new IllegalStateException("the desk is down");
                    }
                    log.add(message.messageId());
                });
        channel.send(escalation(1));

        assertThat(channel.flush()).isZero();
        assertThat(channel.held()).isEqualTo(1);
        down[0] = false;

        assertThat(channel.flush()).isEqualTo(1);
        assertThat(log).containsExactly("e-1");
        assertThat(channel.held()).isZero();
    }

    private static int number(String line) {
        return Integer.parseInt(line.substring(line.indexOf('-') + 1));
    }
}
