// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.generator;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Random;

/**
 * The slips of data entry that {@link HmisClientGenerator} puts into repeated records: a key next
 * to the right one, a letter left out, doubled or swapped; a digit of a date or an SSN changed.
 * Draws from the generator's own {@link Random}, so a seed still gives the same rows.
 */
final class EntrySlips {

    private static final String KEYBOARD_ROWS = "qwertyuiop|asdfghjkl|zxcvbnm";

    private final Random random;

    EntrySlips(Random random) {
        this.random = random;
    }

    /** One slip of the keyboard: a neighbouring key, a letter left out, doubled, or two letters swapped. */
    String typo(String name) {
        if (name.length() < 3) {
            return name;
        }
        StringBuilder typed = new StringBuilder(name);
        int at = 1 + random.nextInt(name.length() - 1);
        switch (random.nextInt(4)) {
            case 0 -> typed.setCharAt(at, neighbour(name.charAt(at)));
            case 1 -> typed.deleteCharAt(at);
            case 2 -> typed.insert(at, name.charAt(at));
            default -> {
                int next = at == name.length() - 1 ? at - 1 : at;
                char c = typed.charAt(next);
                typed.setCharAt(next, typed.charAt(next + 1));
                typed.setCharAt(next + 1, c);
            }
        }
        return typed.toString();
    }

    private char neighbour(char c) {
        int at = KEYBOARD_ROWS.indexOf(Character.toLowerCase(c));
        if (at < 0) {
            return c;
        }
        int step = random.nextBoolean() ? 1 : -1;
        char next = at + step >= 0 && at + step < KEYBOARD_ROWS.length() ? KEYBOARD_ROWS.charAt(at + step) : '|';
        return next == '|' ? KEYBOARD_ROWS.charAt(at - step) : next;
    }

    /** The date with one digit of its day, month or year's last two changed, still a date. */
    LocalDate digitTypo(LocalDate date) {
        String digits = date.toString().replace("-", "");
        int[] positions = {2, 3, 4, 5, 6, 7};
        for (int attempt = 0; attempt < 20; attempt++) {
            int at = positions[random.nextInt(positions.length)];
            char digit = (char) ('0' + random.nextInt(10));
            if (digit == digits.charAt(at)) {
                continue;
            }
            String typed = digits.substring(0, at) + digit + digits.substring(at + 1);
            try {
                LocalDate parsed = LocalDate.of(Integer.parseInt(typed.substring(0, 4)),
                        Integer.parseInt(typed.substring(4, 6)), Integer.parseInt(typed.substring(6, 8)));
                if (!parsed.isAfter(HmisClientGenerator.LATEST_BIRTH) && !parsed.isBefore(LocalDate.of(1920, 1, 1))) {
                    return parsed;
                }
            } catch (DateTimeException e) {
                // not a date: try another digit
            }
        }
        return date;
    }

    /** The SSN with one digit changed or two neighbours swapped, still issuable; null when none was found. */
    String ssnTypo(String ssn) {
        for (int attempt = 0; attempt < 20; attempt++) {
            char[] digits = ssn.toCharArray();
            int at = random.nextInt(8);
            if (random.nextBoolean()) {
                char c = digits[at];
                digits[at] = digits[at + 1];
                digits[at + 1] = c;
            } else {
                digits[at] = (char) ('0' + random.nextInt(10));
            }
            String typed = new String(digits);
            String area = typed.substring(0, 3);
            if (!typed.equals(ssn) && !area.equals("000") && !area.equals("666") && area.charAt(0) != '9'
                    && !typed.startsWith("00", 3) && !typed.startsWith("0000", 5)) {
                return typed;
            }
        }
        return null;
    }
}
