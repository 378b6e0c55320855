// SPDX-License-Identifier: Apache-2.0
package org.caseload.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.caseload.spi.support.SupportMessage;
import org.junit.jupiter.api.Test;

class RecordingSupportChannelTest {

    @Test
    void keepsWhatItIsOfferedAndRefusesTheNextOnesOnDemand() {
        RecordingSupportChannel channel = new RecordingSupportChannel();
        SupportMessage first = note(1);
        SupportMessage second = note(2);
        SupportMessage third = note(3);

        channel.refuseNext(2);
        assertThatThrownBy(() -> channel.send(first)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> channel.send(second)).isInstanceOf(IllegalStateException.class);
        channel.send(third);

        assertThat(channel.offered()).containsExactly(first, second, third);
        assertThat(channel.accepted()).containsExactly(third);
    }

    @Test
    void refusesANegativeCount() {
        assertThatThrownBy(() -> new RecordingSupportChannel().refuseNext(-2)).hasMessageContaining("-2");
    }

    private static SupportMessage note(long sequence) {
        return new SupportMessage.VendorNote("m-" + sequence, "org-a", "t-1", Instant.EPOCH, 1, sequence, "Sam", "Hello");
    }
}
