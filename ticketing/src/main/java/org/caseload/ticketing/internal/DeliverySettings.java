// SPDX-License-Identifier: Apache-2.0
package org.caseload.ticketing.internal;

import org.caseload.core.outbox.RetentionPolicy;
import org.caseload.core.outbox.RetryPolicy;
import org.caseload.core.outbox.StuckDeliveryListener;
import org.caseload.spi.error.ConfigurationException;

/**
 * The delivery settings both sides' builders take (retry, who hears of a stuck delivery,
 * retention), each checked when set. Not thread-safe; belongs to one builder.
 */
public final class DeliverySettings {

    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private StuckDeliveryListener stuckListener = StuckDeliveryListener.NONE;
    private RetentionPolicy retention = RetentionPolicy.defaults();

    /** @throws ConfigurationException when null */
    public void retryPolicy(RetryPolicy policy) {
        this.retryPolicy = required(policy, "retryPolicy");
    }

    /** @throws ConfigurationException when null */
    public void onStuckDelivery(StuckDeliveryListener listener) {
        this.stuckListener = required(listener, "onStuckDelivery's listener");
    }

    /** @throws ConfigurationException when null */
    public void retention(RetentionPolicy policy) {
        this.retention = required(policy, "retention");
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    public StuckDeliveryListener stuckListener() {
        return stuckListener;
    }

    public RetentionPolicy retention() {
        return retention;
    }

    private static <T> T required(T value, String name) {
        if (value == null) {
            throw new ConfigurationException(name + " must not be null");
        }
        return value;
    }
}
