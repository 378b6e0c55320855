// SPDX-License-Identifier: Apache-2.0
package org.caseload.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caseload.spi.ui.HelpContentSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images that articles show, read from the bundle by the path they name. */
class BundleImagesTest {

    @Test
    void imagesAreReadFromTheProductsAndListedOrganizationsFoldersOnly(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("images"));
        Files.write(folder.resolve("images/intake-form.png"), new byte[] {1, 2});
        Files.write(folder.resolve("images/drawing.svg"), new byte[] {3});
        Files.createDirectories(folder.resolve("organizations/org-a/images"));
        Files.write(folder.resolve("organizations/org-a/images/beds.jpg"), new byte[] {4});
        Files.createDirectories(folder.resolve("organizations/org-b/images"));
        Files.write(folder.resolve("organizations/org-b/images/beds.jpg"), new byte[] {5});
        Files.writeString(folder.resolve("organizations.json"), "[\"org-a\"]");
        HelpContentSource bundle = HelpContent.fromFolder(folder);

        assertThat(bundle.image(null, "images/intake-form.png")).hasValueSatisfying(
                bytes -> assertThat(bytes).containsExactly(1, 2));
        assertThat(bundle.image("org-a", "images/beds.jpg")).isPresent();
        assertThat(bundle.image(null, "images/missing.png")).isEmpty();
        assertThat(bundle.image(null, "images/drawing.svg")).isEmpty();
        assertThat(bundle.image(null, "../images/intake-form.png")).isEmpty();
        assertThat(bundle.image("org-b", "images/beds.jpg")).isEmpty();
    }
}
