// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import org.caseload.clients.internal.validation.CleanText;

/**
 * How to reach a client now. Every part is optional and stored trimmed.
 *
 * @param phone   digits with the usual separators ({@code +1 (555) 010-0100 ext 12}), at most 40
 *                characters
 * @param email   an e-mail address, at most 254 characters
 * @param address where the client lives now; null when unknown or none. Changing it keeps the
 *                previous one in the client's address history
 */
public record Contact(
        @CleanText(max = 40) @Pattern(regexp = "\\s*\\+?[0-9 ().-]+(\\s*(x|ext\\.?)\\s*[0-9]+)?\\s*",
                message = "{caseload.phone.format}") String phone,
        @CleanText(max = 254) @Email String email,
        @Valid Address address) {

    /** No phone, no e-mail, no address. */
    public static final Contact NONE = new Contact(null, null, null);
}
