// SPDX-License-Identifier: Apache-2.0
package org.caseload.spi.hud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The code lists carry exactly the codes the HUD HMIS Data Standards (FY2024) publish. */
class HudCodeListsTest {

    @Test
    void dataQualityListsHaveTheirPublishedCodes() {
        for (Class<? extends HudCode> list : List.of(NameDataQuality.class, SsnDataQuality.class,
                DobDataQuality.class)) {
            assertThat(codes(list)).as(list.getSimpleName()).containsExactly(1, 2, 8, 9, 99);
        }
    }

    @Test
    void raceAndEthnicityHasItsPublishedCodes() {
        assertThat(byCode(RaceAndEthnicity.values())).containsExactly(
                Map.entry(1, RaceAndEthnicity.AM_IND_AK_NATIVE), Map.entry(2, RaceAndEthnicity.ASIAN),
                Map.entry(3, RaceAndEthnicity.BLACK_AF_AMERICAN), Map.entry(4, RaceAndEthnicity.NATIVE_HI_PACIFIC),
                Map.entry(5, RaceAndEthnicity.WHITE), Map.entry(6, RaceAndEthnicity.HISPANIC_LATINAEO),
                Map.entry(7, RaceAndEthnicity.MID_EAST_N_AFRICAN), Map.entry(8, RaceAndEthnicity.CLIENT_DOES_NOT_KNOW),
                Map.entry(9, RaceAndEthnicity.CLIENT_PREFERS_NOT_TO_ANSWER),
                Map.entry(99, RaceAndEthnicity.DATA_NOT_COLLECTED));
    }

    @Test
    void genderHasTheCodesOfTheFy2024Standards() {
        assertThat(byCode(Gender.values())).containsExactly(
                Map.entry(0, Gender.WOMAN), Map.entry(1, Gender.MAN), Map.entry(2, Gender.CULTURALLY_SPECIFIC),
                Map.entry(3, Gender.DIFFERENT_IDENTITY), Map.entry(4, Gender.NON_BINARY),
                Map.entry(5, Gender.TRANSGENDER), Map.entry(6, Gender.QUESTIONING),
                Map.entry(8, Gender.CLIENT_DOES_NOT_KNOW), Map.entry(9, Gender.CLIENT_PREFERS_NOT_TO_ANSWER),
                Map.entry(99, Gender.DATA_NOT_COLLECTED));
    }

    @Test
    void noYesReasonsHasItsPublishedCodes() {
        assertThat(byCode(NoYesReasons.values())).containsExactly(Map.entry(0, NoYesReasons.NO),
                Map.entry(1, NoYesReasons.YES), Map.entry(8, NoYesReasons.CLIENT_DOES_NOT_KNOW),
                Map.entry(9, NoYesReasons.CLIENT_PREFERS_NOT_TO_ANSWER), Map.entry(99, NoYesReasons.DATA_NOT_COLLECTED));
    }

    @Test
    void onlyEightNineAndNinetyNineAreReasonsForMissingData() {
        assertThat(Arrays.stream(Gender.values()).filter(HudCode::isMissingData))
                .containsExactly(Gender.CLIENT_DOES_NOT_KNOW, Gender.CLIENT_PREFERS_NOT_TO_ANSWER, Gender.DATA_NOT_COLLECTED);
        assertThat(SsnDataQuality.FULL.isMissingData()).isFalse();
    }

    @Test
    void aResponseIsFoundByItsCodeAndAnUnknownCodeIsRefused() {
        assertThat(RaceAndEthnicity.fromCode(7)).isEqualTo(RaceAndEthnicity.MID_EAST_N_AFRICAN);
        assertThat(DobDataQuality.fromCode(99)).isEqualTo(DobDataQuality.DATA_NOT_COLLECTED);
        assertThatThrownBy(() -> Gender.fromCode(7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Gender has no response with code 7");
    }

    private static int[] codes(Class<? extends HudCode> list) {
        return Arrays.stream(list.getEnumConstants()).mapToInt(HudCode::code).toArray();
    }

    private static <E extends HudCode> Map<Integer, E> byCode(E[] responses) {
        Map<Integer, E> byCode = new LinkedHashMap<>();
        for (E response : responses) {
            byCode.put(response.code(), response);
        }
        return byCode;
    }
}
