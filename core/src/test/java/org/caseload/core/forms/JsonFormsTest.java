// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.forms.FieldCondition;
import org.caseload.spi.forms.FieldLimits;
import org.caseload.spi.forms.FieldType;
import org.caseload.spi.forms.FieldValue;
import org.caseload.spi.forms.FormDefinition;
import org.caseload.spi.forms.FormField;
import org.caseload.spi.forms.FormProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFormsTest {

    @TempDir
    Path folder;

    @Test
    void aBundleOnTheClasspathGivesEachOrganizationItsFormsNewestVersionFirst() {
        FormProvider forms = JsonForms.fromClasspath("/forms/");

        assertThat(forms.forms("org-a")).extracting(FormDefinition::id, FormDefinition::version)
                .containsExactly(tuple("consent", 1),
                        tuple("intake", 2));
        assertThat(forms.form("org-a", "intake", 1)).hasValueSatisfying(intake ->
                assertThat(intake.fields()).hasSize(7));
        assertThat(forms.form("org-b", "intake", 1)).isEmpty();
        assertThat(forms.forms("org-c")).isEmpty();
    }

    @Test
    void everyPartOfAFieldIsRead() throws IOException {
        FormProvider forms = load("""
                {"id": "intake", "version": 3, "title": "Intake", "fields": [
                  {"id": "employed", "type": "boolean", "label": "Employed", "required": true},
                  {"id": "income", "type": "number", "label": "Income", "min": 0, "max": 0.1, "default": 0.05,
                   "requiredIf": {"field": "employed", "equals": true}},
                  {"id": "code", "type": "text", "label": "Code", "minLength": 2, "maxLength": 4, "pattern": "[A-Z]+",
                   "showIf": {"field": "income", "in": [1, 2.5]}, "sensitive": true}
                ]}
                """);

        assertThat(forms.form("org-a", "intake", 3)).contains(new FormDefinition("intake", 3, "Intake", List.of(
                new FormField("employed", FieldType.BOOLEAN, "Employed", true),
                new FormField("income", FieldType.NUMBER, "Income", false,
                        FieldLimits.number(BigDecimal.ZERO, new BigDecimal("0.1")), List.of(),
                        FieldValue.number(new BigDecimal("0.05")), null,
                        FieldCondition.equalTo("employed", FieldValue.bool(true))),
                new FormField("code", FieldType.TEXT, "Code", false, FieldLimits.text(2, 4, "[A-Z]+"), List.of(), null,
                        new FieldCondition("income", List.of(FieldValue.number(1),
                                FieldValue.number(new BigDecimal("2.5")))), null).asSensitive())));
    }

    @Test
    void aBundleNeedsAFolder() {
        assertThatThrownBy(() -> JsonForms.fromClasspath(null)).isInstanceOf(ConfigurationException.class)
                .hasMessage("folder must not be null: name a classpath folder such as \"forms/\"");
        assertThatThrownBy(() -> JsonForms.fromFolder(null)).isInstanceOf(ConfigurationException.class)
                .hasMessage("folder must not be null: name the folder that holds forms.json");
    }

    @Test
    void aMissingIndexOrFileIsNamed() throws IOException {
        assertThatThrownBy(() -> JsonForms.fromFolder(folder))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(folder.resolve("forms.json").toAbsolutePath() + " does not exist: a form bundle starts with its index");
        Files.writeString(folder.resolve("forms.json"), "{\"org-a\": [\"missing.json\"]}");
        assertThatThrownBy(() -> JsonForms.fromFolder(folder))
                .hasMessage(folder.resolve("missing.json").toAbsolutePath() + " does not exist");
    }

    @Test
    void aFileThatIsNotJsonFailsWithItsPosition() {
        assertThat(failure("{\"id\": \"intake\",\n  , \"version\": 1}"))
                .startsWith(file() + ", line 2, column 3: ")
                .contains("Unexpected character");
    }

    @Test
    void aMalformedFieldFailsNamingTheFilePositionAndField() {
        assertThat(failure(form("{\"id\": \"income\", \"type\": \"number\", \"label\": \"Income\", \"colour\": \"red\"}")))
                .isEqualTo(file() + ", line 2, column 67: field \"income\": has an unknown member \"colour\"");
        assertThat(failure(form("{\"id\": \"name\", \"type\": \"text\", \"label\": \"Name\", \"maxLength\": \"ten\"}")))
                .isEqualTo(file() + ", line 2, column 64: field \"name\": \"maxLength\" must be a whole number of at least 0");
        assertThat(failure(form("{\"id\": \"name\", \"type\": \"text\", \"label\": \"Name\", \"min\": 3}")))
                .isEqualTo(file() + ", line 2, column 58: field \"name\": \"min\" applies only to number and date fields");
        assertThat(failure(form("{\"id\": \"day\", \"type\": \"date\", \"label\": \"Day\", \"max\": \"2024-13-01\"}")))
                .isEqualTo(file() + ", line 2, column 56: field \"day\": \"max\" must be a date such as 2024-03-01, "
                        + "not \"2024-13-01\"");
        assertThat(failure(form("{\"id\": \"size\", \"type\": \"colour\", \"label\": \"Size\"}")))
                .isEqualTo(file() + ", line 2, column 26: field \"size\": \"type\" must be one of text, number, date, "
                        + "boolean, single_choice, multiple_choice, not \"colour\"");
        assertThat(failure(form("{\"type\": \"text\", \"label\": \"Name\"}")))
                .isEqualTo(file() + ", line 2, column 3: a field is missing required member \"id\"");
    }

    @Test
    void fieldsThatContradictThemselvesOrEachOtherFailAtTheirPosition() {
        assertThat(failure(form("{\"id\": \"age\", \"type\": \"number\", \"label\": \"Age\", \"max\": 120, \"default\": 130}")))
                .isEqualTo(file() + ", line 2, column 74: field \"age\": the default breaks the field's rule "
                        + "caseload.form.field.aboveMax");
        assertThat(failure(form("{\"id\": \"age\", \"type\": \"number\", \"label\": \"Age\", \"min\": 9, \"max\": 1}")))
                .isEqualTo(file() + ", line 2, column 3: field \"age\": min 9 exceeds max 1");
        assertThat(failure(form("{\"id\": \"pet\", \"type\": \"single_choice\", \"label\": \"Pet\", \"default\": \"cat\","
                + " \"options\": [{\"value\": \"dog\", \"label\": \"Dog\"}]}")))
                .isEqualTo(file() + ", line 2, column 3: field \"pet\": the default \"cat\" is not one of the options");
        assertThat(failure(form("{\"id\": \"a\", \"type\": \"text\", \"label\": \"A\", \"showIf\": {\"field\": \"b\", \"equals\": \"x\"}},\n"
                + "  {\"id\": \"b\", \"type\": \"text\", \"label\": \"B\"}")))
                .isEqualTo(file() + ", line 2, column 55: field \"a\": \"showIf\" refers to \"b\", which is not a field before it");
        assertThat(failure(form("{\"id\": \"a\", \"type\": \"text\", \"label\": \"A\"},\n"
                + "  {\"id\": \"a\", \"type\": \"number\", \"label\": \"A again\"}")))
                .isEqualTo(file() + ", line 3, column 3: field \"a\": the id is used by an earlier field");
        assertThat(failure(form("{\"id\": \"a\", \"type\": \"boolean\", \"label\": \"A\"},\n"
                + "  {\"id\": \"b\", \"type\": \"text\", \"label\": \"B\", \"requiredIf\": {\"field\": \"a\", \"equals\": \"yes\"}}")))
                .isEqualTo(file() + ", line 3, column 59: field \"b\": \"requiredIf\" must be true or false, not a string");
    }

    @Test
    void aDefinitionMissingItsVersionOrWithAnUnknownMemberFails() {
        assertThat(failure("{\"id\": \"intake\", \"title\": \"Intake\", \"fields\": []}"))
                .isEqualTo(file() + ", line 1, column 1: form \"intake\" is missing required member \"version\"");
        assertThat(failure("{\"id\": \"intake\", \"version\": 0, \"title\": \"Intake\", \"fields\": []}"))
                .isEqualTo(file() + ", line 1, column 29: form \"intake\": \"version\" must be a whole number of at least 1");
        assertThat(failure("{\"id\": \"intake\", \"version\": 1, \"title\": \"Intake\", \"fields\": [], \"owner\": \"x\"}"))
                .isEqualTo(file() + ", line 1, column 74: a form definition has an unknown member \"owner\"");
    }

    @Test
    void twoFilesDefiningOneVersionOfAFormForAnOrganizationAreRefused() throws IOException {
        String intake = "{\"id\": \"intake\", \"version\": 1, \"title\": \"Intake\", \"fields\": []}";
        Files.writeString(folder.resolve("a.json"), intake);
        Files.writeString(folder.resolve("b.json"), intake);
        Files.writeString(folder.resolve("forms.json"), "{\"org-a\": [\"a.json\"], \"org-b\": [\"a.json\", \"b.json\"]}");

        assertThatThrownBy(() -> JsonForms.fromFolder(folder)).hasMessage(folder.resolve("b.json").toAbsolutePath()
                + " and " + folder.resolve("a.json").toAbsolutePath()
                + " both define version 1 of form \"intake\" for organization \"org-b\"");
    }

    @Test
    void anIndexMayNotReachOutsideTheBundle() throws IOException {
        Files.writeString(folder.resolve("forms.json"), "{\"org-a\": [\"../secret.json\"]}");

        assertThatThrownBy(() -> JsonForms.fromFolder(folder)).hasMessage(folder.resolve("forms.json").toAbsolutePath()
                + ", line 1, column 11: organization \"org-a\" lists \"../secret.json\", which is not a relative path "
                + "inside the bundle");
    }

    private FormProvider load(String definition) throws IOException {
        Files.writeString(folder.resolve("forms.json"), "{\"org-a\": [\"form.json\"]}");
        Files.writeString(folder.resolve("form.json"), definition);
        return JsonForms.fromFolder(folder);
    }

    private String failure(String definition) {
        try {
            load(definition);
        } catch (ConfigurationException e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("the definition was accepted");
    }

    /** A definition whose fields, from line 2 on, are {@code fields}. */
    private static String form(String fields) {
        return "{\"id\": \"intake\", \"version\": 1, \"title\": \"Intake\", \"fields\": [\n  " + fields + "\n]}";
    }

    private String file() {
        return folder.resolve("form.json").toAbsolutePath().toString();
    }
}
