// SPDX-License-Identifier: Apache-2.0
package org.caseload.tck;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;
import org.caseload.spi.forms.FieldValue;
import org.caseload.spi.forms.FormValues;
import org.caseload.spi.hud.DobDataQuality;
import org.caseload.spi.hud.Gender;
import org.caseload.spi.hud.NameDataQuality;
import org.caseload.spi.hud.NoYesReasons;
import org.caseload.spi.hud.RaceAndEthnicity;
import org.caseload.spi.hud.SsnDataQuality;
import org.caseload.spi.storage.clients.ClientAddress;
import org.caseload.spi.storage.clients.ClientIdentity;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.ContactInfo;
import org.caseload.spi.storage.clients.Demographics;
import org.caseload.spi.storage.clients.PersonName;

/**
 * Client records with any content a store must keep: any part present or absent, accented and
 * non-Latin text, several aliases, addresses and form entries, numbers of any scale. Each has a
 * fresh id and organization; instants are whole seconds. Use it as
 * {@code @ForAll(supplier = GeneratedClients.class) ClientRecord client}.
 */
public final class GeneratedClients implements ArbitrarySupplier<ClientRecord> {

    @Override
    public Arbitrary<ClientRecord> get() {
        return Combinators.combine(identities(), demographics(), contacts(), forms(), text().set().ofMaxSize(4))
                .as((identity, demographics, contact, forms, matchKeys) -> new ClientRecord(
                        TckFixtures.unique("client"), TckFixtures.unique("org"), identity, demographics, contact,
                        forms, matchKeys, TckFixtures.at(0), TckFixtures.at(60), 1));
    }

    private static Arbitrary<ClientIdentity> identities() {
        return Combinators.combine(names(), Arbitraries.of(NameDataQuality.class), names().list().ofMaxSize(3),
                        Arbitraries.strings().withChars("0123456789x").ofLength(9).injectNull(0.3),
                        Arbitraries.of(SsnDataQuality.class), dates().injectNull(0.3),
                        Arbitraries.of(DobDataQuality.class))
                .as(ClientIdentity::new);
    }

    private static Arbitrary<Demographics> demographics() {
        return Combinators.combine(Arbitraries.of(RaceAndEthnicity.class).set().ofMaxSize(3),
                        Arbitraries.of(Gender.class).set().ofMaxSize(3), Arbitraries.of(NoYesReasons.class))
                .as(Demographics::new);
    }

    private static Arbitrary<ContactInfo> contacts() {
        Arbitrary<ClientAddress> address = Combinators.combine(text().injectNull(0.3), text().injectNull(0.5),
                        text().injectNull(0.3), text().injectNull(0.3), text().injectNull(0.3), dates(),
                        dates().injectNull(0.5))
                .as(ClientAddress::new);
        return Combinators.combine(text().injectNull(0.4), text().injectNull(0.4), address.list().ofMaxSize(3))
                .as(ContactInfo::new);
    }

    private static Arbitrary<List<FormValues>> forms() {
        Arbitrary<FormValues> entry = Combinators.combine(Arbitraries.integers().between(1, 50),
                        Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8), values())
                                .ofMaxSize(5))
                .as((version, values) -> new FormValues("form", version, values));
        return entry.list().ofMaxSize(3).map(GeneratedClients::distinctFormIds);
    }

    private static List<FormValues> distinctFormIds(List<FormValues> entries) {
        return IntStream.range(0, entries.size())
                .mapToObj(index -> new FormValues("form-" + index, entries.get(index).formVersion(),
                        entries.get(index).values()))
                .toList();
    }

    private static Arbitrary<FieldValue> values() {
        Arbitrary<BigDecimal> numbers = Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(-4, 12))
                .as((unscaled, scale) -> new BigDecimal(BigInteger.valueOf(unscaled), scale));
        return Arbitraries.oneOf(
                text().map(FieldValue::text),
                numbers.map(FieldValue::number),
                dates().map(FieldValue::date),
                Arbitraries.of(true, false).map(FieldValue::bool),
                text().map(FieldValue::choice),
                text().list().uniqueElements().ofMinSize(1).ofMaxSize(4).map(FieldValue.ChoicesValue::new));
    }

    private static Arbitrary<PersonName> names() {
        return Combinators.combine(text().injectNull(0.3), text().injectNull(0.6), text().injectNull(0.3),
                        text().injectNull(0.8))
                .as(PersonName::new);
    }

    /** Non-empty text of printable ASCII, accented Latin and a few CJK characters, with spaces anywhere. */
    private static Arbitrary<String> text() {
        return Arbitraries.strings()
                .withCharRange(' ', '~')
                .withCharRange('\u00c0', '\u017f')
                .withCharRange('\u4e00', '\u4e20')
                .ofMinLength(1).ofMaxLength(30);
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 200 * 366)
                .map(days -> LocalDate.of(1900, 1, 1).plusDays(days));
    }
}
