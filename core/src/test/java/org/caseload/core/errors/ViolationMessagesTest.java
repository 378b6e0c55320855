// SPDX-License-Identifier: Apache-2.0
package org.caseload.core.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.ClientService;
import org.caseload.clients.Contact;
import org.caseload.clients.DuplicateService;
import org.caseload.clients.MergeClients;
import org.caseload.clients.RegisterClient;
import org.caseload.core.Caseload;
import org.caseload.testing.Role;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestUsers;
import org.caseload.core.memory.InMemoryStorage;
import org.caseload.spi.error.ValidationException;
import org.caseload.spi.error.Violation;
import org.caseload.spi.identity.Principal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Violations carry a key and arguments, and their text comes from the bundles in the caller's locale. */
class ViolationMessagesTest {

    private static final String TYPED_NAME = "Zyxwvutsrqponmlkjihgfedcba".repeat(5);

    private final TestIdentity identity = new TestIdentity().as(user(Locale.CANADA));
    private final Caseload caseload = Caseload.builder().storage(new InMemoryStorage()).identity(identity).build();
    private final ClientService clients = caseload.clients();
    private final DuplicateService duplicates = caseload.duplicates();

    @AfterEach
    void close() {
        caseload.close();
    }

    @Test
    void aPhoneNumberThatIsNotOneIsExplainedInWordsNotByItsRegularExpression() {
        Violation phone = onlyViolation(() -> clients.register(RegisterClient.of(ClientDetails.named("Maria", "Garcia")
                .withContact(new Contact("call me maybe", null, null)))));

        assertThat(phone.path()).isEqualTo("details.contact.phone");
        assertThat(phone.messageKey()).isEqualTo("caseload.phone.format");
        assertThat(phone.message()).startsWith("must be a phone number").doesNotContain("[0-9").doesNotContain("\\s");
        assertThat(phone.arguments()).doesNotContainKey("regexp");
        assertThat(phone.rejectedValue()).isEqualTo("text of 13 characters");
    }

    @Test
    void aRuleOfAnAnnotationKeepsItsArgumentsAndSpeaksTheCallersLanguage() {
        identity.as(user(Locale.forLanguageTag("es-MX")));

        ValidationException failure = validationOf(() -> clients.register(
                RegisterClient.of(ClientDetails.named("Maria", TYPED_NAME))));

        assertThat(failure.violations()).singleElement().satisfies(tooLong -> {
            assertThat(tooLong.messageKey()).isEqualTo("caseload.text.tooLong");
            assertThat(tooLong.arguments()).containsEntry("max", 100);
            assertThat(tooLong.message()).isEqualTo("debe tener como máximo 100 caracteres");
        });
        assertThat(failure.getMessage()).doesNotContain(TYPED_NAME);
    }

    @Test
    void aRuleCheckedInCodeSpeaksTheCallersLanguageToo() {
        identity.as(user(Locale.forLanguageTag("es")));

        ValidationException failure = validationOf(() -> duplicates.merge(new MergeClients("c-1", "c-1", "same")));

        assertThat(failure.violations()).singleElement().satisfies(self -> {
            assertThat(self.messageKey()).isEqualTo("caseload.client.merge.self");
            assertThat(self.message()).isEqualTo("un cliente no se puede fusionar consigo mismo");
        });
        assertThat(failure.getSuppressed()).singleElement().isInstanceOf(ValidationException.class);
    }

    @Test
    void aLocaleWithoutTranslationsReadsEnglishWhateverTheMachinesDefaultLocale() {
        Locale machine = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("es"));
        try {
            identity.as(user(Locale.GERMAN));

            Violation self = onlyViolation(() -> duplicates.merge(new MergeClients("c-1", "c-1", "same")));

            assertThat(self.message()).isEqualTo("a client cannot be merged into itself");
        } finally {
            Locale.setDefault(machine);
        }
    }

    @Test
    void aNullArgumentIsAViolationNamingTheParameter() {
        Violation missing = onlyViolation(() -> clients.revealSsn("c-1", null));

        assertThat(missing.path()).isEqualTo("reason");
        assertThat(missing.messageKey()).isEqualTo("caseload.argument.required");
        assertThat(missing.arguments()).containsEntry("parameter", "reason");
        assertThat(missing.message()).isEqualTo("is required: reason must not be null");
    }

    @Test
    void theSpanishBundleTranslatesEveryKeyOfTheEnglishOne() throws IOException {
        Set<Object> english = load("/ContributorValidationMessages.properties").keySet();
        Set<Object> spanish = load("/ContributorValidationMessages_es.properties").keySet();

        assertThat(spanish).containsExactlyInAnyOrderElementsOf(english);
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ViolationMessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Principal user(Locale locale) {
        Principal worker = TestUsers.user("worker", "org-a", Role.DATA_QUALITY_STAFF);
        return new Principal(worker.userId(), worker.displayName(), worker.organizationId(), worker.workgroups(),
                worker.permissions(), locale);
    }

    private static ValidationException validationOf(Runnable call) {
        try {
            call.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("no ValidationException");
    }

    private static Violation onlyViolation(Runnable call) {
        ValidationException failure = validationOf(call);
        assertThat(failure.violations()).hasSize(1);
        return failure.violations().get(0);
    }
}
