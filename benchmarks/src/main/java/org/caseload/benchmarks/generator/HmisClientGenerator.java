// SPDX-License-Identifier: Apache-2.0
package org.caseload.benchmarks.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generates an HMIS-style client list with known duplicates, from a seed: the same seed and size
 * give the same rows. People get names (a quarter of first names and most surnames outside any
 * list, surnames drawn unevenly so that common ones are very common), a date of birth, and most an
 * SSN. A quarter of them are entered more than once, each extra record with the slips of real
 * intake: a nickname, a typo in a name, day and month swapped or a wrong digit in the date of
 * birth, only the SSN's last four digits or no SSN, a missing value with its data-quality code (8,
 * 9, 99), a married name (a new surname, the old one sometimes kept as middle name or hyphenated).
 * The people who look alike but are two are there too: twins (same surname and date of birth,
 * another first name) and juniors and seniors (same name, another date of birth, a suffix on some
 * records). Records are shuffled and numbered; {@link GeneratedRecord#person()} is the truth.
 *
 * <p>{@link Setting#VARIED} is a second, harder setting, closer to what a statewide intake system
 * holds: twice the typos and more transpositions (first and last name exchanged, two slips in one
 * name), more missing values with their quality codes (a first name alone, no date of birth, no
 * SSN), families (two to four people sharing a surname, and one address in the source although
 * {@code Client.csv} has no column for it), name changes (married names three times as often, a
 * new first name), and shared dates of birth (1 January of the birth year, the placeholder typed
 * for an unknown day, for a twentieth of people, and children born on one day). The same seed
 * gives the same rows in each setting; {@link Setting#STANDARD} is the generator as it was first
 * measured, row for row.
 *
 * <p>First names and nicknames come from the nickname list the library ships (the same list as
 * {@code ../shared/data/nicknames}); a nickname record uses one of its rows.
 */
public final class HmisClientGenerator {

    private static final String NICKNAMES = "/org/caseload/linkage/nicknames.csv";
    /** The 100 most common US surnames (2010 census), most common first. */
    private static final List<String> COMMON_SURNAMES = List.of("smith", "johnson", "williams", "brown", "jones",
            "garcia", "miller", "davis", "rodriguez", "martinez", "hernandez", "lopez", "gonzalez", "wilson",
            "anderson", "thomas", "taylor", "moore", "jackson", "martin", "lee", "perez", "thompson", "white",
            "harris", "sanchez", "clark", "ramirez", "lewis", "robinson", "walker", "young", "allen", "king",
            "wright", "scott", "torres", "nguyen", "hill", "flores", "green", "adams", "nelson", "baker", "hall",
            "rivera", "campbell", "mitchell", "carter", "roberts", "gomez", "phillips", "evans", "turner", "diaz",
            "parker", "cruz", "edwards", "collins", "reyes", "stewart", "morris", "morales", "murphy", "cook",
            "rogers", "gutierrez", "ortiz", "morgan", "cooper", "peterson", "bailey", "reed", "kelly", "howard",
            "ramos", "kim", "cox", "ward", "richardson", "watson", "brooks", "chavez", "wood", "james", "bennett",
            "gray", "mendoza", "ruiz", "hughes", "price", "alvarez", "castillo", "sanders", "patel", "myers", "long",
            "ross", "foster", "jimenez");
    private static final String[] ONSETS = {"b", "br", "c", "ch", "d", "f", "g", "gr", "h", "j", "k", "l", "m", "n",
        "p", "r", "s", "sh", "st", "t", "th", "v", "w", "z", "", "", "al", "el"};
    private static final String[] NUCLEI = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "ie", "y"};
    private static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "t", "m", "ck", "nd", "rs", "ng", "x"};
    private static final String[] SURNAME_ENDINGS = {"", "son", "ez", "er", "ton", "ski", "berg", "ley", "man", "ov"};
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1935, 1, 1);
    static final LocalDate LATEST_BIRTH = LocalDate.of(2023, 12, 31);
    private static final LocalDate FIRST_ENTRY = LocalDate.of(2015, 1, 1);

    /** How varied the records are. */
    public enum Setting {
        /** The slips and look-alikes described above: the setting the first figures were measured on. */
        STANDARD,
        /** More typos and transpositions, missing fields, families, name changes and shared dates of birth. */
        VARIED
    }

    private final Random random;
    private final EntrySlips slips;
    private final boolean varied;
    private final List<String> formalNames;
    private final Map<String, List<String>> nicknames;
    private final List<String> rareSurnames;
    private final Set<String> issuedSsns = new HashSet<>();
    private final List<GeneratedRecord> records = new ArrayList<>();
    private final int target;
    private long people;
    private final Counts counts = new Counts();

    private HmisClientGenerator(long seed, int target, Setting setting) {
        this.random = new Random(seed);
        this.slips = new EntrySlips(random);
        this.varied = setting == Setting.VARIED;
        this.target = target;
        this.nicknames = readNicknames();
        this.formalNames = List.copyOf(new TreeSet<>(nicknames.keySet()));
        int pool = Math.max(2_000, target / 5);
        List<String> surnames = new ArrayList<>(pool);
        Set<String> seen = new HashSet<>(COMMON_SURNAMES);
        while (surnames.size() < pool) {
            String name = syllables(2 + random.nextInt(2)) + SURNAME_ENDINGS[random.nextInt(SURNAME_ENDINGS.length)];
            if (name.length() >= 4 && seen.add(name)) {
                surnames.add(name);
            }
        }
        this.rareSurnames = surnames;
    }

    /**
     * What was generated, besides the records: how many people, and how many of each kind of slip
     * and look-alike. Counts only.
     */
    public static final class Counts {
        private final Map<String, Long> byKind = new LinkedHashMap<>();

        void add(String kind) {
            byKind.merge(kind, 1L, Long::sum);
        }

        /** Each kind of slip or look-alike and how often it was made. */
        public Map<String, Long> byKind() {
            return Collections.unmodifiableMap(byKind);
        }
    }

    /**
     * The records and their counts.
     *
     * @param records the rows, shuffled, with PersonalIDs 1 to n in row order
     * @param people  how many people they describe
     * @param counts  the slips and look-alikes made
     */
    public record Generated(List<GeneratedRecord> records, long people, Counts counts) {

        /** The number of row pairs that are one person: what a perfect detection reports. */
        public long truePairs() {
            Map<Long, Long> sizes = new HashMap<>();
            records.forEach(record -> sizes.merge(record.person(), 1L, Long::sum));
            return sizes.values().stream().mapToLong(size -> size * (size - 1) / 2).sum();
        }
    }

    /** Generates {@code records} rows from {@code seed} in the {@link Setting#STANDARD} setting. */
    public static Generated generate(long seed, int records) {
        return generate(seed, records, Setting.STANDARD);
    }

    /** Generates {@code records} rows from {@code seed} in a setting. */
    public static Generated generate(long seed, int records, Setting setting) {
        if (records < 1) {
            throw new IllegalArgumentException("records must be at least 1, was " + records);
        }
        HmisClientGenerator generator = new HmisClientGenerator(seed, records, setting);
        while (generator.records.size() < records) {
            generator.person();
        }
        List<GeneratedRecord> rows = new ArrayList<>(generator.records.subList(0, records));
        Collections.shuffle(rows, generator.random);
        for (int i = 0; i < rows.size(); i++) {
            rows.set(i, rows.get(i).withPersonalId(Integer.toString(i + 1)));
        }
        return new Generated(List.copyOf(rows), rows.stream().mapToLong(GeneratedRecord::person).distinct().count(),
                generator.counts);
    }

    /** One person with their records, and sometimes a twin or a parent of the same name. */
    private void person() {
        Person person = newPerson();
        double lookAlike = random.nextDouble();
        Person other = null;
        if (lookAlike < 0.015) {
            counts.add("twins");
            String first;
            do {
                first = firstName();
            } while (first.charAt(0) == person.first.charAt(0) || related(first, person.first));
            other = new Person(people++, first, random.nextDouble() < 0.4 ? firstName() : null, person.last,
                    null, person.dateOfBirth, newSsn(), person.woman ^ random.nextBoolean(), person.race);
        } else if (lookAlike < 0.03) {
            LocalDate older = person.dateOfBirth.minusYears(18 + random.nextInt(23)).minusDays(random.nextInt(365));
            if (!older.isBefore(LocalDate.of(1920, 1, 1))) {
                counts.add("junior and senior");
                boolean suffixes = random.nextDouble() < 0.6;
                person.suffix = suffixes ? "Jr." : null;
                other = new Person(people++, person.first, person.middle, person.last, suffixes ? "Sr." : null,
                        older, newSsn(), person.woman, person.race);
            }
        }
        entries(person);
        if (other != null) {
            entries(other);
        }
        if (varied && random.nextDouble() < 0.10) {
            family(person);
        }
    }

    /**
     * One to three more people sharing the person's surname (and, in the source, their address):
     * a partner of about the same age or children, some of them born on one day.
     */
    private void family(Person person) {
        counts.add("families");
        int members = 1 + random.nextInt(3);
        LocalDate sharedBirth = null;
        for (int i = 0; i < members; i++) {
            String first;
            do {
                first = firstName();
            } while (first.equals(person.first) || related(first, person.first));
            LocalDate born;
            if (i == 0 && random.nextBoolean()) {
                born = person.dateOfBirth.plusDays(random.nextInt(3_650) - 1_825L);
            } else if (sharedBirth != null && random.nextDouble() < 0.3) {
                born = sharedBirth;
                counts.add("family members born on one day");
            } else {
                born = person.dateOfBirth.plusYears(18 + random.nextInt(20)).plusDays(random.nextInt(365));
                sharedBirth = born;
            }
            if (born.isAfter(LATEST_BIRTH)) {
                born = LATEST_BIRTH.minusDays(random.nextInt(365));
            }
            counts.add("family members");
            entries(new Person(people++, first, random.nextDouble() < 0.4 ? firstName() : null, person.last, null,
                    born, newSsn(), random.nextBoolean(), person.race));
        }
    }

    private Person newPerson() {
        boolean woman = random.nextBoolean();
        String first = firstName();
        String middle = random.nextDouble() < 0.4 ? firstName() : null;
        String last = surname();
        LocalDate born = birthDate();
        String ssn = newSsn();
        Set<String> race = race();
        if (varied && random.nextDouble() < 0.05) {
            born = LocalDate.of(born.getYear(), 1, 1);
            counts.add("born on 1 January (placeholder day)");
        }
        return new Person(people++, first, middle, last, null, born, ssn, woman, race);
    }

    /** The person's first record, and for a quarter of people one to three more. */
    private void entries(Person person) {
        records.add(record(person, false));
        if (random.nextDouble() < 0.25) {
            int extra = random.nextDouble() < 0.7 ? 1 : random.nextDouble() < 0.67 ? 2 : 3;
            for (int i = 0; i < extra; i++) {
                counts.add("duplicate records");
                records.add(record(person, true));
            }
        }
    }

    private GeneratedRecord record(Person person, boolean again) {
        String first = person.first;
        String middle = person.middle;
        String last = person.last;
        String suffix = person.suffix != null && random.nextDouble() < 0.7 ? person.suffix : null;
        int nameQuality = 1;
        if (again) {
            double r = random.nextDouble();
            List<String> nicks = nicknames.getOrDefault(first, List.of());
            if (r < 0.15 && !nicks.isEmpty()) {
                first = nicks.get(random.nextInt(nicks.size()));
                counts.add("nickname");
            } else if (r < (varied ? 0.35 : 0.25)) {
                first = slips.typo(first);
                counts.add("first-name typo");
                if (varied && random.nextDouble() < 0.3) {
                    first = slips.typo(first);
                    counts.add("second typo in a name");
                }
            } else if (varied && r < 0.37) {
                first = firstName();
                counts.add("first name changed");
            }
            r = random.nextDouble();
            if (r < (varied ? 0.20 : 0.10)) {
                last = slips.typo(last);
                counts.add("surname typo");
                if (varied && random.nextDouble() < 0.3) {
                    last = slips.typo(last);
                    counts.add("second typo in a name");
                }
            } else if (r < (varied ? 0.32 : 0.14) && person.woman && age(person) >= 18) {
                counts.add("married name");
                String married = surname();
                double how = random.nextDouble();
                if (how < 0.3) {
                    last = last + "-" + married;
                } else {
                    if (how < 0.6) {
                        middle = last;
                    }
                    last = married;
                }
            }
            if (middle != null) {
                r = random.nextDouble();
                middle = r < 0.5 ? null : r < 0.65 ? middle.substring(0, 1) : middle;
            }
            if (varied) {
                r = random.nextDouble();
                if (r < 0.04) {
                    String exchanged = first;
                    first = last;
                    last = exchanged;
                    counts.add("first and last name exchanged");
                } else if (r < 0.07) {
                    first = null;
                    middle = null;
                    nameQuality = 2;
                    counts.add("surname only");
                }
            }
            if (random.nextDouble() < 0.005) {
                counts.add("name missing");
                first = null;
                middle = null;
                last = null;
                suffix = null;
                nameQuality = missingCode();
            }
        }
        LocalDate dateOfBirth = person.dateOfBirth;
        int dobQuality = 1;
        double r = random.nextDouble();
        if (!again) {
            if (r < (varied ? 0.06 : 0.03)) {
                dateOfBirth = null;
                dobQuality = missingCode();
                counts.add("date of birth missing");
            }
        } else if (r < 0.04 && dateOfBirth.getDayOfMonth() <= 12 && dateOfBirth.getDayOfMonth()
                != dateOfBirth.getMonthValue()) {
            dateOfBirth = LocalDate.of(dateOfBirth.getYear(), dateOfBirth.getDayOfMonth(), dateOfBirth.getMonthValue());
            counts.add("day and month swapped");
        } else if (r < 0.08) {
            dateOfBirth = slips.digitTypo(dateOfBirth);
            counts.add("date-of-birth digit typo");
        } else if (r < 0.10) {
            dateOfBirth = LocalDate.of(dateOfBirth.getYear(), 1, 1);
            dobQuality = 2;
            counts.add("approximate date of birth");
        } else if (r < (varied ? 0.26 : 0.16)) {
            dateOfBirth = null;
            dobQuality = missingCode();
            counts.add("date of birth missing");
        }
        String ssn = null;
        int ssnQuality;
        r = random.nextDouble();
        if (person.ssn == null) {
            ssnQuality = missingCode();
        } else if (r < 0.55) {
            ssn = person.ssn;
            ssnQuality = 1;
            if (again && random.nextDouble() < (varied ? 0.12 : 0.08)) {
                String typo = slips.ssnTypo(person.ssn);
                if (typo != null) {
                    ssn = typo;
                    counts.add("SSN digit typo");
                }
            }
        } else if (r < (varied ? 0.72 : 0.70)) {
            ssn = "xxxxx" + person.ssn.substring(5);
            ssnQuality = 2;
            counts.add("SSN last four only");
        } else {
            ssnQuality = missingCode();
            counts.add("SSN missing");
        }
        if (varied && again && ssn != null && random.nextDouble() < 0.25) {
            ssn = null;
            ssnQuality = missingCode();
            counts.add("SSN missing");
        }
        boolean upper = random.nextDouble() < 0.1;
        Set<String> genders = random.nextDouble() < (varied ? 0.15 : 0.08) ? Set.of() : Set.of(person.woman ? "Woman" : "Man");
        Set<String> races = random.nextDouble() < 0.08 ? Set.of() : person.race;
        LocalDate created = FIRST_ENTRY.plusDays(random.nextInt(3_000));
        return new GeneratedRecord("", person.id, cased(first, upper), cased(middle, upper), cased(last, upper),
                suffix, nameQuality, ssn, ssnQuality, dateOfBirth, dobQuality, races, missingCode(), genders,
                missingCode(), age(person) < 18 ? 99 : random.nextDouble() < 0.1 ? 1 : random.nextDouble() < 0.9 ? 0
                        : missingCode(), created);
    }

    private static int age(Person person) {
        return person.dateOfBirth.until(LocalDate.of(2024, 1, 1)).getYears();
    }

    /** 8 (client doesn't know), 9 (prefers not to answer) or 99 (not collected), the last most often. */
    private int missingCode() {
        double r = random.nextDouble();
        return r < 0.2 ? 8 : r < 0.4 ? 9 : 99;
    }

    private String firstName() {
        if (random.nextDouble() < 0.25) {
            return syllables(2);
        }
        // Skewed towards the front of the list, so that some names are much more common than others.
        double u = random.nextDouble();
        return formalNames.get((int) (formalNames.size() * u * u));
    }

    private String surname() {
        if (random.nextDouble() < 0.17) {
            // Zipf over the common surnames: the k-th is k times rarer than the first.
            double u = random.nextDouble();
            int rank = (int) Math.floor(Math.pow(COMMON_SURNAMES.size() + 1, u)) - 1;
            return COMMON_SURNAMES.get(Math.min(rank, COMMON_SURNAMES.size() - 1));
        }
        double u = random.nextDouble();
        return rareSurnames.get((int) (rareSurnames.size() * u * u));
    }

    private LocalDate birthDate() {
        long days = LATEST_BIRTH.toEpochDay() - EARLIEST_BIRTH.toEpochDay();
        return LocalDate.ofEpochDay(EARLIEST_BIRTH.toEpochDay() + (long) (random.nextDouble() * days));
    }

    /** A valid SSN no other person has, or null for the tenth of people who have none on record. */
    private String newSsn() {
        if (random.nextDouble() < 0.1) {
            return null;
        }
        while (true) {
            int area = 1 + random.nextInt(899);
            if (area == 666) {
                continue;
            }
            String ssn = String.format(Locale.ROOT, "%03d%02d%04d", area, 1 + random.nextInt(99),
                    1 + random.nextInt(9999));
            if (issuedSsns.add(ssn)) {
                return ssn;
            }
        }
    }

    private Set<String> race() {
        double r = random.nextDouble();
        List<String> columns = GeneratedRecord.RACE_COLUMNS;
        String one = columns.get(r < 0.35 ? 2 : r < 0.75 ? 6 : random.nextInt(columns.size()));
        if (random.nextDouble() < 0.2) {
            return new TreeSet<>(List.of(one, "HispanicLatinaeo"));
        }
        return Set.of(one);
    }

    private String syllables(int count) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < count; i++) {
            name.append(ONSETS[random.nextInt(ONSETS.length)]).append(NUCLEI[random.nextInt(NUCLEI.length)]);
            if (i == count - 1 || random.nextDouble() < 0.3) {
                name.append(CODAS[random.nextInt(CODAS.length)]);
            }
        }
        return name.toString();
    }

    private boolean related(String a, String b) {
        return nicknames.getOrDefault(a, List.of()).contains(b) || nicknames.getOrDefault(b, List.of()).contains(a);
    }

    private static String cased(String name, boolean upper) {
        if (name == null) {
            return null;
        }
        if (upper) {
            return name.toUpperCase(Locale.ROOT);
        }
        StringBuilder cased = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            cased.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == ' ' || c == '\'';
        }
        return cased.toString();
    }

    /** Formal names and their nicknames, from the shipped list: every name1 with its name2s. */
    private static Map<String, List<String>> readNicknames() {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        try (InputStream in = HmisClientGenerator.class.getResourceAsStream(NICKNAMES)) {
            if (in == null) {
                throw new IllegalStateException("the nickname list " + NICKNAMES + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] parts = line.split(",");
                if (parts.length == 3 && parts[0].length() > 1 && parts[2].length() > 1) {
                    byName.computeIfAbsent(parts[0].strip(), name -> new ArrayList<>()).add(parts[2].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byName;
    }

    /** A generated person: the true values their records are entered from. */
    private static final class Person {
        final long id;
        final String first;
        final String middle;
        final String last;
        String suffix;
        final LocalDate dateOfBirth;
        final String ssn;
        final boolean woman;
        final Set<String> race;

        Person(long id, String first, String middle, String last, String suffix, LocalDate dateOfBirth, String ssn,
                boolean woman, Set<String> race) {
            this.id = id;
            this.first = first;
            this.middle = middle;
            this.last = last;
            this.suffix = suffix;
            this.dateOfBirth = dateOfBirth;
            this.ssn = ssn;
            this.woman = woman;
            this.race = race;
        }
    }
}
