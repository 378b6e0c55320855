// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.caseload.linkage.NicknameTable;

/**
 * A prepared record as the columns of a handoff to another linkage tool: the normalized values
 * the comparators compare and the derived values they compute (phonetic codes, nicknames, name
 * parts, the swapped date, the blocking keys' parts), so that SQL can compare them as the engine
 * does. The SSN is never a column: only HMAC-SHA256 digests of the full number and of its last
 * four digits, under a key of the caller's. Empty strings stand for missing values. Not
 * thread-safe (one digest instance per exporter).
 */
public final class PreparedColumns {

    /** The column names, in order; {@code unique_id} first. */
    public static final List<String> NAMES = List.of("unique_id", "first", "dm_first", "first_nicknames", "middle",
            "dm_middle", "middle_nicknames", "last", "dm_last", "last_parts", "last_part1", "last_part2", "aliases",
            "dob", "dob_swapped", "dob_approximate", "birth_year", "dob_exact", "dob_exact_swapped", "birth_yearmonth",
            "birth_monthday", "birth_yearday", "first_prefix", "last_prefix", "initials", "name_sounds", "ssn_key",
            "ssn4_key",
            "identifier", "gender", "street_number", "street", "dm_street", "address_line2", "dm_address_line2",
            "city", "dm_city", "postal_code", "state");

    private static final String HMAC = "HmacSHA256";
    /** Hex characters kept of a digest: 128 bits, ample for equality within one export. */
    private static final int DIGEST_HEX_CHARS = 32;

    private final NicknameTable nicknames;
    private final Mac mac;

    /**
     * @param nicknames the nickname relations first and middle names are compared with
     * @param ssnKey    the key the SSN digests are made under; at least 16 bytes
     * @throws IllegalArgumentException when the key is shorter
     */
    public PreparedColumns(NicknameTable nicknames, byte[] ssnKey) {
        if (ssnKey.length < 16) {
            throw new IllegalArgumentException("the SSN digest key must hold at least 16 bytes, was " + ssnKey.length);
        }
        this.nicknames = nicknames;
        try {
            mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(ssnKey, HMAC));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime provides " + HMAC, e);
        }
    }

    /** The values of one record, in the order of {@link #NAMES}; {@code uniqueId} first. */
    public List<String> values(String uniqueId, PreparedSubject s) {
        List<String> values = new ArrayList<>(NAMES.size());
        String dob = s.dateOfBirth();
        List<String> parts = s.lastTokens().stream().filter(token -> token.length() > 1).toList();
        values.add(uniqueId);
        values.add(s.first());
        values.add(s.firstPhonetic());
        values.add(delimited(s.first().isEmpty() ? Set.of() : nicknames.nicknamesOf(s.first())));
        values.add(s.middle());
        values.add(s.middlePhonetic());
        values.add(delimited(s.middle().isEmpty() ? Set.of() : nicknames.nicknamesOf(s.middle())));
        values.add(s.last());
        values.add(s.lastPhonetic());
        values.add(delimited(parts));
        values.add(parts.isEmpty() ? "" : parts.get(0));
        values.add(parts.size() < 2 ? "" : parts.get(1));
        values.add(delimited(s.aliasTokens()));
        values.add(dob);
        values.add(s.swappedBirthDate());
        values.add(s.birthDateApproximate() ? "1" : "");
        values.add(s.birthYear());
        // The blocking keys' parts of the date: none of an approximate date but its year.
        String exact = s.birthDateApproximate() ? "" : dob;
        values.add(exact);
        values.add(s.birthDateApproximate() ? "" : s.swappedBirthDate());
        values.add(exact.isEmpty() ? "" : exact.substring(0, 6));
        values.add(exact.isEmpty() ? "" : exact.substring(4));
        values.add(exact.isEmpty() ? "" : exact.substring(0, 4) + exact.substring(6));
        values.add(BulkBlockingKeys.prefix(s.first()));
        values.add(BulkBlockingKeys.prefix(s.last()));
        values.add(BulkBlockingKeys.orderedPair(initial(s.first()), initial(s.last())));
        values.add(nameSounds(s.firstPhonetic(), s.lastPhonetic()));
        values.add(s.ssn().isEmpty() ? "" : digest("ssn:" + s.ssn()));
        values.add(s.ssnLastFour().isEmpty() ? "" : digest("ssn4:" + s.ssnLastFour()));
        values.add(s.identifier());
        values.add(s.gender());
        values.add(s.streetNumber());
        values.add(s.street());
        values.add(s.streetPhonetic());
        values.add(s.addressLine2());
        values.add(s.line2Phonetic());
        values.add(s.city());
        values.add(s.cityPhonetic());
        values.add(s.postalCode());
        values.add(s.state());
        return values;
    }

    /** The values between and around bars ({@code |a|b|}), sorted, so that SQL finds one by {@code instr}; empty for none. */
    private static String delimited(java.util.Collection<String> values) {
        if (values.isEmpty()) {
            return "";
        }
        return "|" + String.join("|", new TreeSet<>(values)) + "|";
    }

    private static String initial(String name) {
        return name.isEmpty() ? "" : name.substring(0, 1);
    }

    /** Both name sounds in sorted order, as the names-only blocking key joins them; empty unless both are there. */
    private static String nameSounds(String first, String last) {
        if (first.isEmpty() || last.isEmpty()) {
            return "";
        }
        return first.compareTo(last) <= 0 ? first + '|' + last : last + '|' + first;
    }

    private String digest(String value) {
        byte[] hash = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash).substring(0, DIGEST_HEX_CHARS);
    }
}
