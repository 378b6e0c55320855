// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.caseload.spi.error.ConfigurationException;
import org.caseload.spi.ui.ToolTipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading help bundles of JSON files from the classpath and from folders. */
class HelpContentTest {

    private static final String ONE_TIP = """
            [{"locale": "en", "tips": [{"screen": "client.intake", "field": "ssn", "text": "Nine digits."}]}]
            """;

    @TempDir
    Path folder;

    @Test
    void aClasspathBundleHoldsTheProductDefaultsAndTheListedOrganizationsOverrides() {
        List<ToolTipEntry> tips = HelpContent.fromClasspath("help/bundle").toolTips();

        assertThat(tips).hasSize(7);
        assertThat(tips).filteredOn(tip -> tip.organizationId() == null).hasSize(5);
        assertThat(tips).contains(
                new ToolTipEntry(null, "client.intake", "ssn", Locale.forLanguageTag("fr-CA"), "Neuf chiffres, sans tirets."),
                new ToolTipEntry("org-override", "client.intake", "dateOfBirth", Locale.ENGLISH,
                        "Check the date against a photo ID."));
    }

    @Test
    void slashesAroundAClasspathFolderAreOptional() {
        assertThat(HelpContent.fromClasspath("/help/bundle/").toolTips())
                .containsExactlyElementsOf(HelpContent.fromClasspath("help/bundle").toolTips());
    }

    @Test
    void aFolderBundleHasTheSameLayout() throws IOException {
        write("tooltips.json", ONE_TIP);
        write("organizations.json", "[\"org-a\"]");
        write("organizations/org-a/tooltips.json", """
                [{"locale": "fr", "tips": [{"screen": "client.intake", "field": "ssn", "text": "Neuf chiffres."}]}]
                """);

        assertThat(HelpContent.fromFolder(folder).toolTips()).containsExactly(
                new ToolTipEntry(null, "client.intake", "ssn", Locale.ENGLISH, "Nine digits."),
                new ToolTipEntry("org-a", "client.intake", "ssn", Locale.FRENCH, "Neuf chiffres."));
    }

    @Test
    void anOrganizationFolderTheIndexDoesNotListIsNotRead() throws IOException {
        write("tooltips.json", ONE_TIP);
        write("organizations/org-a/tooltips.json", "this file is never read");

        assertThat(HelpContent.fromFolder(folder).toolTips()).extracting(ToolTipEntry::organizationId)
                .containsOnlyNulls();
    }

    @Test
    void missingProductDefaultsAreAnErrorNamingTheFile() {
        assertThatThrownBy(() -> HelpContent.fromClasspath("help/nowhere").toolTips())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("classpath:help/nowhere/tooltips.json is missing");
        assertThatThrownBy(() -> HelpContent.fromFolder(folder).toolTips())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(folder.resolve("tooltips.json").toAbsolutePath() + " is missing");
    }

    @Test
    void malformedJsonIsAnErrorNamingTheFileAndThePosition() {
        assertThatThrownBy(() -> HelpContent.fromClasspath("help/malformed").toolTips())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("classpath:help/malformed/tooltips.json, line 5, column ")
                .hasMessageContaining("expecting comma");
    }

    @Test
    void aTipMissingAMemberIsAnErrorNamingTheFileTheTipAndTheMember() {
        assertThatThrownBy(() -> HelpContent.fromClasspath("help/missing-member").toolTips())
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("classpath:help/missing-member/tooltips.json, line 6, column 7: "
                        + "locale block 1, tip 2 is missing required member \"field\"");
    }

    @Test
    void aMalformedOrganizationFileIsAnErrorNamingThatFile() throws IOException {
        write("tooltips.json", ONE_TIP);
        write("organizations.json", "[\"org-a\"]");
        write("organizations/org-a/tooltips.json", "[{\"locale\": \"en\", \"tips\": [}]");

        assertThatThrownBy(() -> HelpContent.fromFolder(folder).toolTips())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(folder.resolve("organizations/org-a/tooltips.json").toAbsolutePath()
                        + ", line 1, column 28: ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void toolTipFilesThatBreakTheFormat(String breach, String json, String message) throws IOException {
        write("tooltips.json", json);

        assertThatThrownBy(() -> HelpContent.fromFolder(folder).toolTips())
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(folder.resolve("tooltips.json").toAbsolutePath() + ", " + message);
    }

    static Stream<Arguments> toolTipFilesThatBreakTheFormat() {
        return Stream.of(
                arguments("not an array", "{}",
                        "line 1, column 1: the file must hold an array of locale blocks, not an object"),
                arguments("a block that is not an object", "[\"en\"]",
                        "line 1, column 2: locale block 1 must be an object, not a string"),
                arguments("a block without a locale", "[{\"tips\": []}]",
                        "line 1, column 2: locale block 1 is missing required member \"locale\""),
                arguments("a block without tips", "[{\"locale\": \"en\"}]",
                        "line 1, column 2: locale block 1 is missing required member \"tips\""),
                arguments("a locale that is not a language tag", "[{\"locale\": \"fr_CA\", \"tips\": []}]",
                        "line 1, column 13: locale block 1: \"fr_CA\" is not a language tag such as \"fr-CA\""),
                arguments("an unknown block member", "[{\"locale\": \"en\", \"tip\": []}]",
                        "line 1, column 19: locale block 1 has an unknown member \"tip\""),
                arguments("an unknown tip member",
                        "[{\"locale\": \"en\", \"tips\": [{\"screen\": \"s\", \"field\": \"f\", \"txt\": \"t\"}]}]",
                        "line 1, column 28: locale block 1, tip 1 has an unknown member \"txt\""),
                arguments("a text that is not a string",
                        "[{\"locale\": \"en\", \"tips\": [{\"screen\": \"s\", \"field\": \"f\", \"text\": 42}]}]",
                        "line 1, column 28: locale block 1, tip 1: \"text\" must be a non-blank string"),
                arguments("a blank screen",
                        "[{\"locale\": \"en\", \"tips\": [{\"screen\": \" \", \"field\": \"f\", \"text\": \"t\"}]}]",
                        "line 1, column 28: locale block 1, tip 1: \"screen\" must be a non-blank string"),
                arguments("a repeated member", "[{\"locale\": \"en\", \"locale\": \"fr\", \"tips\": []}]",
                        "line 1, column 27: Duplicate field 'locale'"),
                arguments("a second JSON value", "[] []",
                        "line 1, column 4: the file must hold one JSON value, but more follows it"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void organizationIndexesThatBreakTheFormat(String breach, String json, String message) throws IOException {
        write("tooltips.json", ONE_TIP);
        write("organizations.json", json);

        assertThatThrownBy(() -> HelpContent.fromFolder(folder).toolTips())
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(folder.resolve("organizations.json").toAbsolutePath() + ", " + message);
    }

    static Stream<Arguments> organizationIndexesThatBreakTheFormat() {
        return Stream.of(
                arguments("not an array", "\"org-a\"",
                        "line 1, column 1: the file must hold an array of organization ids, not a string"),
                arguments("an id that is not a string", "[7]",
                        "line 1, column 2: organization 1 must be a string, not a number"),
                arguments("an id that climbs out of the bundle", "[\"../secrets\"]",
                        "line 1, column 2: \"../secrets\" is not an organization id: use letters, digits, "
                                + "'.', '_' and '-', starting with a letter or digit"),
                arguments("an id listed twice", "[\"org-a\", \"org-a\"]",
                        "line 1, column 11: organization \"org-a\" is listed twice"));
    }

    @Test
    void nullFoldersAreRejected() {
        assertThatThrownBy(() -> HelpContent.fromClasspath(null))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("folder must not be null");
        assertThatThrownBy(() -> HelpContent.fromFolder(null))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("folder must not be null");
    }

    private void write(String path, String content) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
