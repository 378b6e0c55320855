// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.caseload.core.forms.internal.ConformsToForm;
import org.caseload.core.forms.internal.OneEntryPerForm;
import org.caseload.spi.forms.FormValues;

/**
 * Changes a client: its details become {@code details}, and each entry of {@code forms} replaces the
 * values stored for its form (values of other forms stay as they are).
 *
 * @param clientId the client; required
 * @param version  the version of the client the caller read; a client changed since then is not
 *                 changed again
 * @param details  what is known about the client now; required, see {@link ClientDetails} for its
 *                 rules
 * @param forms    values entered through the organization's custom forms, as in
 *                 {@link RegisterClient}; null means none
 */
public record UpdateClient(
        @NotBlank String clientId,
        @Min(1) long version,
        @NotNull @Valid ClientDetails details,
        @OneEntryPerForm List<@NotNull @ConformsToForm FormValues> forms) {

    public UpdateClient {
        forms = forms == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(forms));
    }

    /** Changes the client that was read as {@code read} to {@code details}, entering these form values. */
    public static UpdateClient of(Client read, ClientDetails details, FormValues... forms) {
        return new UpdateClient(read.id(), read.version(), details, Arrays.asList(forms));
    }
}
