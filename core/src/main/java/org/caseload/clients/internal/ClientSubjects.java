// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseload.core.internal.crypto.Sealer;
import org.caseload.linkage.MatchSubject;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.storage.clients.ClientAddress;
import org.caseload.spi.storage.clients.ClientIdentity;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.PersonName;

/** A client as the matching engine sees it: its identifying fields and current address. */
final class ClientSubjects {

    /** A house number at the start of an address line: {@code 12}, {@code 12B}, {@code 12-14}. */
    private static final Pattern STREET_NUMBER = Pattern.compile("^(\\d+[A-Za-z]?(?:-\\d+)?)\\s+(.*)$");
    private static final int LAST_FOUR = 4;

    private ClientSubjects() {
    }

    /** The subject of a stored (or about to be stored) client. */
    static MatchSubject of(String id, ClientIdentity identity, List<ClientAddress> addresses) {
        PersonName name = identity.name();
        MatchSubject.Builder subject = MatchSubject.builder(id)
                .firstName(name.first())
                .middleName(name.middle())
                .lastName(name.last())
                // Most clients have no alias: no stream for them (a search prepares a hundred candidates).
                .aliases(identity.aliases().isEmpty() ? List.of()
                        : identity.aliases().stream().map(ClientSubjects::fullName).toList())
                .dateOfBirth(identity.dateOfBirth())
                .dateOfBirthApproximate(identity.dobQuality() == DobDataQuality.APPROXIMATE_OR_PARTIAL)
                .ssn(comparableSsn(identity.ssn()))
                .identifier(identity.otherId());
        ClientAddress current = addresses.isEmpty() || addresses.get(0).to() != null ? null : addresses.get(0);
        if (current != null) {
            String line1 = current.line1();
            Matcher numbered = line1 == null ? null : STREET_NUMBER.matcher(line1.strip());
            if (numbered != null && numbered.matches()) {
                subject.streetNumber(numbered.group(1)).street(numbered.group(2));
            } else {
                subject.street(line1);
            }
            subject.addressLine2(current.line2()).city(current.city()).postalCode(current.postalCode())
                    .state(current.region());
        }
        return subject.build();
    }

    static MatchSubject of(ClientRecord client) {
        return of(client.id(), client.identity(), client.contact().addresses());
    }

    /**
     * The subject of a stored client without its address, for comparing with a search's readings:
     * a search names no address, and an address compares as missing against none whatever it
     * holds, so preparing it (folding, phonetic codes of street and city) would be work for nothing.
     */
    static MatchSubject withoutAddress(ClientRecord client) {
        return of(client.id(), client.identity(), List.of());
    }

    /**
     * The SSN as the engine compares it: nine digits when complete, the last four when only they
     * are known ({@code xxxxx1234}), otherwise nothing; nothing either for a value still sealed (a
     * candidate read unopened by a lookup that compares no SSN).
     */
    private static String comparableSsn(String stored) {
        if (stored == null || Sealer.isSealed(stored)) {
            return null;
        }
        if (Ssns.isComplete(stored)) {
            return stored;
        }
        String lastFour = stored.substring(stored.length() - LAST_FOUR);
        return lastFour.chars().allMatch(Character::isDigit) ? lastFour : null;
    }

    private static String fullName(PersonName name) {
        StringBuilder full = new StringBuilder();
        for (String part : new String[] {name.first(), name.middle(), name.last()}) {
            if (part != null) {
                full.append(full.length() == 0 ? "" : " ").append(part);
            }
        }
        return full.toString();
    }
}
