// SPDX-License-Identifier: Apache-2.0
package org.caseload.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.caseload.spi.ui.Notification;
import org.caseload.spi.ui.Recipient;
import org.junit.jupiter.api.Test;

class RecordingNotifierTest {

    @Test
    void keepsWhatItIsOfferedAndFailsTheNextOnesOnDemand() {
        RecordingNotifier notifier = new RecordingNotifier();
        Notification first = notification("first");
        Notification second = notification("second");
        Notification third = notification("third");

        notifier.send(first);
        notifier.failNext(1);
        assertThatThrownBy(() -> notifier.send(second)).isInstanceOf(IllegalStateException.class);
        notifier.send(third);

        assertThat(notifier.offered()).containsExactly(first, second, third);
        assertThat(notifier.delivered()).containsExactly(first, third);
    }

    @Test
    void refusesANegativeCount() {
        assertThatThrownBy(() -> new RecordingNotifier().failNext(-1)).hasMessageContaining("-1");
    }

    private static Notification notification(String subject) {
        return new Notification("n-" + subject, new Recipient.User("u-1"), subject, "body", null);
    }
}
