// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.storage.casework.ServiceUnit;
import org.junit.jupiter.api.Test;

class ServiceDeliveryRulesTest {

    private static final Object COMMAND = new Object();

    @Test
    void countsAndMinutesAreWholeNumbersWhateverTheirScale() {
        for (ServiceUnit unit : new ServiceUnit[] {ServiceUnit.COUNT, ServiceUnit.TIME}) {
            assertThatCode(() -> ServiceDeliveryRules.checkValue(COMMAND, unit, new BigDecimal("30.00")))
                    .doesNotThrowAnyException();
            assertThatCode(() -> ServiceDeliveryRules.checkValue(COMMAND, unit, new BigDecimal("3E+1")))
                    .doesNotThrowAnyException();
            assertThatThrownBy(() -> ServiceDeliveryRules.checkValue(COMMAND, unit, new BigDecimal("30.01")))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("caseload.service.value.wholeNumber")
                    .hasMessageNotContaining("30.01");
        }
    }

    @Test
    void currencyHasCents() {
        assertThatCode(() -> ServiceDeliveryRules.checkValue(COMMAND, ServiceUnit.CURRENCY, new BigDecimal("30.01")))
                .doesNotThrowAnyException();
    }
}
