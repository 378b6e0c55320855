// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.caseload.casework.Project;
import org.caseload.casework.RegisterProject;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.RegisterClient;
import org.caseload.core.Caseload;
import org.caseload.spi.forms.FieldValue;
import org.caseload.spi.forms.FormValues;
import org.caseload.spi.hud.SsnDataQuality;
import org.caseload.testing.Role;
import org.caseload.testing.TestIdentity;
import org.caseload.testing.TestKeys;
import org.caseload.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What someone who copies the embedded database's files learns without the keys: the clients'
 * names and the form values no form marks sensitive (they are not encrypted), but no SSN, neither
 * its digits nor a digest that guessing nine digits would reverse, and no value of a field a form
 * marks sensitive, entered on a client or on an enrollment.
 */
class H2FileHoldsNoSsnTest {

    private static final List<String> SSNS = List.of("219099999", "457555462", "078051120");
    private static final String CLIENT_DIAGNOSIS = "Hepatitis-on-registration";
    private static final String ENROLLMENT_DIAGNOSIS = "Tuberculosis-on-entry";

    @TempDir
    Path folder;

    @Test
    void theDatabaseFilesHoldNeitherTheDigitsOfAnSsnNorItsUnkeyedDigestNorASensitiveFormValue() throws IOException {
        TestIdentity worker = new TestIdentity().as(TestUsers.user("worker", "org-a", Role.CASEWORKER,
                Role.CASEWORK_ADMINISTRATOR));
        try (JdbcStorage storage = JdbcStorage.embedded(folder);
             Caseload caseload = Caseload.builder().storage(storage).identity(worker).keyProvider(TestKeys.fixed())
                     .forms(SensitiveEnrollments.forms()).build()) {
            Project shelter = caseload.enrollments().registerProject(new RegisterProject("Shelter"));
            for (int i = 0; i < SSNS.size(); i++) {
                String clientId = caseload.clients().register(new RegisterClient(ClientDetails.named("Ada", "Lovelace" + i)
                        .withSsn(SSNS.get(i), SsnDataQuality.FULL), List.of(new FormValues("health", 1, Map.of(
                                "diagnosis", FieldValue.text(CLIENT_DIAGNOSIS),
                                "notes", FieldValue.text("Registered at the front desk")))), false, true)).id();
                SensitiveEnrollments.enroll(caseload, clientId, shelter, ENROLLMENT_DIAGNOSIS);
            }
        }

        String files = contentsOf(folder);

        // The file is read as it is: a name, which is not encrypted, is there to be found.
        assertThat(files).contains("Lovelace0");
        // So are the values of fields no form marks sensitive, of clients and of enrollments.
        assertThat(files).contains("Registered at the front desk").contains("Seen at intake");
        assertThat(files).doesNotContain(CLIENT_DIAGNOSIS).doesNotContain(ENROLLMENT_DIAGNOSIS)
                .contains("sealed:v1:test-1:");
        for (String ssn : SSNS) {
            String dashed = ssn.substring(0, 3) + '-' + ssn.substring(3, 5) + '-' + ssn.substring(5);
            assertThat(files).doesNotContain(ssn).doesNotContain(dashed)
                    .doesNotContain(sha256("ssn:" + ssn).substring(0, 24))
                    .doesNotContain(sha256(ssn).substring(0, 24))
                    .doesNotContain(sha256("ssn4:" + ssn.substring(5)).substring(0, 24))
                    .doesNotContain(sha256("blk:ssn:" + ssn).substring(0, 24));
        }
        assertThat(files).contains("ssn@test-1:");
    }

    /** Every file under the folder, its bytes as ISO-8859-1 text (one character per byte). */
    private static String contentsOf(Path folder) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.filter(Files::isRegularFile).forEach(path -> {
                try {
                    all.append(new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1)).append('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return all.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
