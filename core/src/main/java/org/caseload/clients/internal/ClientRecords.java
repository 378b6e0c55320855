// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients.internal;

import java.util.List;
import org.caseload.clients.Address;
import org.caseload.clients.AddressPeriod;
import org.caseload.clients.Alias;
import org.caseload.clients.Client;
import org.caseload.clients.ClientDetails;
import org.caseload.clients.Contact;
import org.caseload.spi.storage.clients.ClientAddress;
import org.caseload.spi.storage.clients.ClientIdentity;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.ContactInfo;
import org.caseload.spi.storage.clients.Demographics;
import org.caseload.spi.storage.clients.PersonName;

/** Turns validated client details into the parts of a stored record, and a stored record into a {@link Client}. */
final class ClientRecords {

    private ClientRecords() {
    }

    /** The identity as stored: names cleaned, the SSN as nine characters. */
    static ClientIdentity identity(ClientDetails details) {
        List<PersonName> aliases = details.aliases().stream()
                .map(alias -> name(alias.firstName(), alias.middleName(), alias.lastName(), alias.suffix()))
                .toList();
        String ssn = Names.clean(details.ssn());
        return new ClientIdentity(
                name(details.firstName(), details.middleName(), details.lastName(), details.suffix()),
                details.nameQuality(), aliases,
                ssn == null ? null : Ssns.normalize(ssn).orElseThrow(),
                details.ssnQuality(), details.dateOfBirth(), details.dobQuality(), Names.clean(details.otherId()));
    }

    static Demographics demographics(ClientDetails details) {
        return new Demographics(details.raceAndEthnicity(), details.gender(), details.veteranStatus());
    }

    /** The current address as stored, cleaned; null when there is none. */
    static Address currentAddress(Contact contact) {
        Address address = contact.address();
        return address == null ? null : new Address(Names.clean(address.line1()), Names.clean(address.line2()),
                Names.clean(address.city()), Names.clean(address.region()), Names.clean(address.postalCode()));
    }

    static ContactInfo contact(Contact contact, List<ClientAddress> addresses) {
        return new ContactInfo(Names.clean(contact.phone()), Names.clean(contact.email()), addresses);
    }

    /** The client as every read shows it: its SSN masked to the last four characters ({@link Ssns#mask}). */
    static Client toClient(ClientRecord record) {
        ClientIdentity identity = record.identity();
        PersonName name = identity.name();
        ContactInfo contact = record.contact();
        List<AddressPeriod> history = contact.addresses().stream()
                .map(entry -> new AddressPeriod(AddressHistory.address(entry), entry.from(), entry.to()))
                .toList();
        Address current = history.isEmpty() || !history.get(0).isCurrent() ? null : history.get(0).address();
        ClientDetails details = new ClientDetails(name.first(), name.middle(), name.last(), name.suffix(),
                identity.nameQuality(),
                identity.aliases().stream()
                        .map(alias -> new Alias(alias.first(), alias.middle(), alias.last(), alias.suffix()))
                        .toList(),
                identity.ssn() == null ? null : Ssns.mask(identity.ssn()), identity.ssnQuality(),
                identity.dateOfBirth(), identity.dobQuality(),
                record.demographics().raceAndEthnicity(), record.demographics().gender(),
                record.demographics().veteranStatus(),
                new Contact(contact.phone(), contact.email(), current), identity.otherId());
        return new Client(record.id(), record.organizationId(), details, history, record.forms(), record.mergedInto(),
                record.createdAt(), record.updatedAt(), record.version());
    }

    private static PersonName name(String first, String middle, String last, String suffix) {
        return new PersonName(Names.clean(first), Names.clean(middle), Names.clean(last), Names.clean(suffix));
    }
}
