// SPDX-License-Identifier: Apache-2.0
package org.caseload.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.caseload.spi.hud.Destination;
import org.caseload.web.internal.FormErrors;
import org.junit.jupiter.api.Test;

/** What the pages refuse before the library sees it, with the message shown beside the field. */
class FormErrorsTest {

    @Test
    void markupAndQuotesAreTextAndPassTheCheck() {
        FormErrors errors = new FormErrors();

        String value = errors.checkText("name", "  <script>alert(1)</script> \"O'Brien\"  ", 100);

        assertThat(value).isEqualTo("<script>alert(1)</script> \"O'Brien\"");
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void aBidiOverrideIsRefusedWithItsCodeAndPosition() {
        FormErrors errors = new FormErrors();

        errors.checkText("name", "Ro\u202Esa", 100);

        assertThat(errors.message("name")).isEqualTo(
                "Contains an invisible or direction-changing character (U+202E at position 3); remove it.");
    }

    @Test
    void aZeroWidthSpaceIsRefused() {
        FormErrors errors = new FormErrors();

        errors.checkText("name", "Rosa\u200B", 100);

        assertThat(errors.message("name")).contains("U+200B at position 5");
    }

    @Test
    void lineBreaksAndTabsAreText() {
        FormErrors errors = new FormErrors();

        errors.checkText("note", "First line\r\n\tsecond line", 100);

        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void textOverTheFieldsLengthIsRefusedCountingCharactersNotUnits() {
        FormErrors errors = new FormErrors();

        errors.checkText("name", "\uD83D\uDE00".repeat(10), 10);
        assertThat(errors.isEmpty()).as("ten emoji are ten characters").isTrue();

        errors.checkText("name", "x".repeat(20_000), 200);
        assertThat(errors.message("name")).isEqualTo("Too long: at most 200 characters.");
    }

    @Test
    void datesNumbersAndChoicesThatCannotBeReadGetAMessage() {
        FormErrors errors = new FormErrors();

        assertThat(errors.date("entry", "04/03/1980", true)).isNull();
        assertThat(errors.number("amount", "1e99999999999", true)).isNull();
        assertThat(errors.choice("destination", "<b>", Destination.class, true)).isNull();
        assertThat(errors.date("exit", "", true)).isNull();

        assertThat(errors.all()).containsEntry("entry", "Not a date: enter it as YYYY-MM-DD.")
                .containsEntry("amount", "Not a number.")
                .containsEntry("destination", "Not one of the choices.")
                .containsEntry("exit", "Required.");
    }

    @Test
    void theFirstMessageOfAFieldIsTheOneShown() {
        FormErrors errors = new FormErrors().add("name", "first").add("name", "second");

        assertThat(errors.message("name")).isEqualTo("first");
    }
}
