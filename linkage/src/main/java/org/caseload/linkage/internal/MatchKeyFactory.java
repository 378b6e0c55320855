// SPDX-License-Identifier: Apache-2.0
package org.caseload.linkage.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.caseload.linkage.MatchSubject;
import org.caseload.linkage.NicknameTable;

/**
 * The match keys of a subject: the strings a store indexes so that candidates are found by
 * lookup. Each key starts with its kind:
 * <ul>
 * <li>{@code name:} a normalized token of a first, middle or last name or alias;
 * <li>{@code nick:} a nickname relation of a first-name token, as the ordered pair
 *     ({@code nick:bill|william}), so two names share a key only when a row relates them;
 * <li>{@code phon:} a Double Metaphone code of a name token;
 * <li>{@code dob:} the date of birth as yyyyMMdd, and the same key for its swapped day and month;
 * <li>{@code yob:} the birth year;
 * <li>{@code ssn:} and {@code ssn4:} a digest of a valid full SSN and of its last four digits
 *     (never the digits themselves). The digest is unkeyed, so anyone can recompute it from
 *     guessed digits: a store must not keep it as is. Caseload's runtime digests these keys again
 *     with HMAC-SHA256 under a key of the host's before any store sees them;
 * <li>{@code id:} the other identifier, normalized.
 * </ul>
 * Thread-safe.
 */
public final class MatchKeyFactory {

    private static final int DIGEST_HEX_CHARS = 24;

    private final NicknameTable nicknames;

    public MatchKeyFactory(NicknameTable nicknames) {
        this.nicknames = nicknames;
    }

    /** Every key of a subject, without duplicates. */
    public Set<String> keys(MatchSubject subject) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> nameTokens = new ArrayList<>();
        List<String> firstTokens = NameNormalizer.tokens(subject.firstName());
        nameTokens.addAll(firstTokens);
        nameTokens.addAll(NameNormalizer.tokens(subject.middleName()));
        nameTokens.addAll(NameNormalizer.tokens(subject.lastName()));
        subject.aliases().forEach(alias -> nameTokens.addAll(NameNormalizer.tokens(alias)));
        nameTokens.forEach(token -> keys.add("name:" + token));
        for (String token : firstTokens) {
            nicknames.nicknamesOf(token).forEach(nickname -> keys.add("nick:" + ordered(token, nickname)));
        }
        nameTokens.forEach(token -> Phonetics.codes(token).forEach(code -> keys.add("phon:" + code)));
        String birthDate = BirthDates.digits(subject.dateOfBirth());
        if (!birthDate.isEmpty()) {
            keys.add("dob:" + birthDate);
            String swapped = BirthDates.digits(BirthDates.swapped(subject.dateOfBirth()));
            if (!swapped.isEmpty()) {
                keys.add("dob:" + swapped);
            }
            keys.add("yob:" + birthDate.substring(0, 4));
        }
        addSsnKeys(keys, SsnRules.digits(subject.ssn()));
        String identifier = NameNormalizer.compact(subject.identifier());
        if (!identifier.isEmpty()) {
            keys.add("id:" + identifier);
        }
        return keys;
    }

    /**
     * The blocking keys of a subject, each as {@code blk:} and a digest of the key; those built on
     * the SSN (its digits, or its last four with the surname's initial) as {@code blkssn:}, so that
     * whoever stores them knows which to digest again under a secret key.
     */
    public Set<String> blockingKeys(PreparedSubject subject) {
        Set<String> keys = new LinkedHashSet<>();
        BlockingKeys.of(subject).forEach(key -> keys.add(
                (key.startsWith("ssn") ? "blkssn:" : "blk:") + digest("blk", key)));
        return keys;
    }

    private static String lastFourKey(String lastFour) {
        return "ssn4:" + digest("ssn4", lastFour);
    }

    private static void addSsnKeys(Set<String> keys, String digits) {
        if (SsnRules.isValidFull(digits)) {
            keys.add("ssn:" + digest("ssn", digits));
            keys.add(lastFourKey(digits.substring(5)));
        } else if (SsnRules.isValidLastFour(digits)) {
            keys.add(lastFourKey(digits));
        }
    }

    private static String ordered(String a, String b) {
        return a.compareTo(b) <= 0 ? a + '|' + b : b + '|' + a;
    }

    private static String digest(String kind, String digits) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha256.digest((kind + ':' + digits).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, DIGEST_HEX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
