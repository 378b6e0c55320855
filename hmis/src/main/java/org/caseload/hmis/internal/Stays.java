// SPDX-License-Identifier: Apache-2.0
package org.caseload.hmis.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.caseload.hmis.HmisFinding.Severity;

/**
 * The checks of an export that join its files: clients' ages at entry, stays of one client in one
 * project that overlap, residential projects without inventory, and the data collection stages of
 * the files of an enrollment's assessments. Files come parents first (Project, Inventory, Client,
 * Enrollment, Exit, then the assessment files), so each check is made when the facts it needs are
 * known. Held: a few numbers per project, client and enrollment, never a row; clients and
 * enrollments by the hash of their id, in {@link Clients} and {@link Enrollments}. A finding names
 * the ids of the row it is told on, or ids read again ({@link RowsAgain}).
 */
final class Stays {

    /** A day or number not given. */
    static final int NONE = Integer.MIN_VALUE;
    private static final int ADULT = 18;
    private static final String HEAD = "1";
    private static final String AT_ENTRY = "1";
    private static final String AT_EXIT = "3";
    /** Project types that have beds or units: emergency shelter, transitional, permanent and safe haven. */
    private static final Set<String> RESIDENTIAL = Set.of("0", "1", "2", "3", "8", "9", "10");
    private static final String RAPID_REHOUSING = "13";
    private static final String RRH_HOUSING = "2";
    /** The first of each assessment file's bits in {@link Stay#stages}: two a kind, entry and exit. */
    private static final Map<String, Integer> STAGE_BITS = Map.of("IncomeBenefits", 0, "HealthAndDV", 2,
            "EmploymentEducation", 4, "YouthEducationStatus", 6, "Disabilities", 8);
    private static final int FIRST_DISABILITY_TYPE = 5;
    private static final int LAST_DISABILITY_TYPE = 10;

    private static final List<String> STAY_IDS = List.of("EnrollmentID", "PersonalID", "ProjectID");

    private final FindingSink sink;
    private final RowsAgain again;
    private final Map<String, Project> projects = new HashMap<>();
    /** Client.csv's clients, until Enrollment.csv has been read; null before Client.csv. */
    private Clients clients;
    /** Enrollment.csv's enrollments; null before Enrollment.csv. */
    private Enrollments stays;
    private int exportEnd = NONE;

    Stays(FindingSink sink, RowsAgain again) {
        this.sink = sink;
        this.again = again;
    }

    /**
     * Takes one well-formed row.
     *
     * @param file the specification's name of the row's file
     * @param name the file's name as findings give it
     * @param line the row's line
     * @param row  the row's values by column, null when empty
     * @param id   the row's primary key
     * @param keys the hashes of the file's primary keys, the row's put
     */
    void row(String file, String name, long line, Function<String, String> row, String id, IdTable keys) {
        boolean deleted = row.apply("DateDeleted") != null;
        switch (file) {
            case "Export" -> exportEnd = day(row.apply("ExportEndDate"));
            case "Project" -> {
                if (id != null && !deleted) {
                    projects.put(id, new Project(id, line, housing(row)));
                }
            }
            case "Inventory" -> {
                Project project = projects.get(String.valueOf(row.apply("ProjectID")));
                if (project != null && !deleted) {
                    project.inventory = true;
                }
            }
            case "Client" -> {
                if (id != null) {
                    if (clients == null) {
                        clients = new Clients(keys);
                    }
                    clients.put(id, line, day(row.apply("DOB")), row.apply("VeteranStatus"));
                }
            }
            case "Enrollment" -> {
                if (stays == null) {
                    stays = new Enrollments(keys);
                }
                enrollment(name, line, row, id, deleted);
            }
            case "Exit" -> exit(name, line, row, id, deleted);
            default -> {
                if (STAGE_BITS.containsKey(file) && !deleted) {
                    stage(file, name, line, row, id);
                }
            }
        }
    }

    /** Ends a file (or a file missing from the export): the checks that wait for all its rows. */
    void fileEnded(String file) {
        if (file.equals("Inventory")) {
            for (Project project : projects.values()) {
                if (project.housing != null && !project.inventory) {
                    sink.add(Severity.ERROR, "Project.csv", project.line, "ProjectType", project.id,
                            "a residential project (" + project.housing + ") with no row in Inventory.csv: "
                                    + "HUD requires its beds and units");
                }
            }
        } else if (file.equals("Enrollment")) {
            clients = null;
            if (stays != null) {
                stays.trim();
            }
        } else if (file.equals("Exit") && stays != null) {
            overlaps();
        }
    }

    /** ProjectType and RRHSubType of a project HUD requires inventory of; null for the others. */
    private static String housing(Function<String, String> row) {
        String type = row.apply("ProjectType");
        if (type != null && RESIDENTIAL.contains(type)) {
            return "ProjectType " + type;
        }
        return RAPID_REHOUSING.equals(type) && RRH_HOUSING.equals(row.apply("RRHSubType"))
                ? "ProjectType 13, RRHSubType 2" : null;
    }

    private void enrollment(String name, long line, Function<String, String> row, String id, boolean deleted) {
        int entry = day(row.apply("EntryDate"));
        String personalId = String.valueOf(row.apply("PersonalID"));
        int client = clients == null ? IdTable.ABSENT : clients.index(personalId);
        int birth = client == IdTable.ABSENT ? NONE : clients.birth(client);
        if (birth != NONE && entry != NONE && birth > entry) {
            sink.add(Severity.ERROR, name, line, "EntryDate", id,
                    "the client's date of birth (Client.csv) is after the entry date");
        }
        if (id == null) {
            return;
        }
        stays.put(id, personalId, String.valueOf(row.apply("ProjectID")), line, entry, deleted);
        if (deleted) {
            return;
        }
        boolean head = HEAD.equals(row.apply("RelationshipToHoH"));
        if (head && row.apply("EnrollmentCoC") == null) {
            sink.add(Severity.ERROR, name, line, "EnrollmentCoC", id,
                    "empty for the head of household: HUD requires the CoC of the head's enrollment");
        }
        if (birth == NONE || entry == NONE || birth > entry) {
            return;
        }
        int age = Period.between(LocalDate.ofEpochDay(birth), LocalDate.ofEpochDay(entry)).getYears();
        if (head && age < ADULT) {
            sink.add(Severity.WARNING, name, line, "RelationshipToHoH", id, "the head of household is under "
                    + ADULT + " at entry: an unaccompanied minor heading a household, expected in projects for "
                    + "youth only");
        }
        veteran(client, personalId, age);
    }

    /**
     * A client's veteran status against the age at an entry, told once a client, on the client's row,
     * naming no enrollment: which enrollment is read first differs between a folder and the store.
     */
    private void veteran(int client, String personalId, int age) {
        if (clients.veteranTold(client)) {
            return;
        }
        String status = clients.veteranStatus(client);
        if (age >= ADULT && "99".equals(status)) {
            clients.tellVeteran(client);
            sink.add(Severity.WARNING, "Client.csv", clients.line(client), "VeteranStatus", personalId,
                    "VeteranStatus 99 (Data not collected) for a client " + ADULT + " or over at the entry of an "
                            + "enrollment");
        } else if (age < ADULT && "1".equals(status)) {
            clients.tellVeteran(client);
            sink.add(Severity.ERROR, "Client.csv", clients.line(client), "VeteranStatus", personalId,
                    "VeteranStatus 1 (Yes) for a client under " + ADULT + " at the entry of an enrollment");
        }
    }

    private void exit(String name, long line, Function<String, String> row, String id, boolean deleted) {
        String enrollmentId = row.apply("EnrollmentID");
        int stay = stays == null ? IdTable.ABSENT : stays.index(String.valueOf(enrollmentId));
        int exit = day(row.apply("ExitDate"));
        if (stay == IdTable.ABSENT || exit == NONE) {
            return;
        }
        if (stays.entry[stay] != NONE && exit < stays.entry[stay]) {
            sink.add(Severity.ERROR, name, line, "ExitDate", id,
                    "the exit date is before the entry date of enrollment " + enrollmentId);
        }
        if (!deleted && stays.exit[stay] == NONE) {
            stays.exit[stay] = exit;
        }
    }

    /**
     * Stays of one client in one project, [entry, exit), an open one to the export's end, that meet;
     * of two with the same entry, the one on the later line overlaps the other. The ids of those that
     * can be listed are read again from Enrollment.csv.
     */
    private void overlaps() {
        List<Integer> live = new ArrayList<>();
        for (int i = 0; i < stays.line.length; i++) {
            if (stays.line[i] != 0 && !stays.deleted.get(i) && stays.entry[i] != NONE) {
                live.add(i);
            }
        }
        live.sort(Comparator.comparingLong((Integer s) -> stays.group[s]).thenComparingInt(s -> stays.entry[s]).thenComparingInt(s -> stays.line[s]));
        List<int[]> found = new ArrayList<>();
        int reach = -1;
        for (int stay : live) {
            boolean sameGroup = reach >= 0 && stays.group[reach] == stays.group[stay];
            if (sameGroup && stays.entry[stay] < end(reach)) {
                found.add(new int[] {stay, reach});
            }
            if (!sameGroup || end(stay) > end(reach)) {
                reach = stay;
            }
        }
        Set<Long> named = new HashSet<>();
        for (int i = 0; i < found.size() && i < ExportCheck.FINDINGS_PER_FILE; i++) {
            named.add((long) stays.line[found.get(i)[0]]);
            named.add((long) stays.line[found.get(i)[1]]);
        }
        Map<Long, List<String>> ids = again.values("Enrollment", named, STAY_IDS);
        List<String> unknown = Arrays.asList(null, null, null);
        for (int[] pair : found) {
            List<String> stay = ids.getOrDefault((long) stays.line[pair[0]], unknown);
            List<String> reached = ids.getOrDefault((long) stays.line[pair[1]], unknown);
            if (stay != unknown && !stay.subList(1, 3).equals(reached.subList(1, 3))) {
                // Two clients' (or projects') stays whose group only shares a hash.
                continue;
            }
            sink.add(Severity.ERROR, "Enrollment.csv", stays.line[pair[0]], "EntryDate", stay.get(0),
                    "overlaps enrollment " + reached.get(0) + " of the same client (PersonalID "
                            + String.valueOf(stay.get(1)) + ") in project " + String.valueOf(stay.get(2)));
        }
    }

    /** The day after a stay's last: its exit, at least a day after its entry; an open stay's, the export's end. */
    private int end(int stay) {
        int exit = stays.exit[stay];
        int last = exit != NONE ? exit : exportEnd != NONE ? exportEnd + 1 : Integer.MAX_VALUE;
        return Math.max(last, stays.entry[stay] + 1);
    }

    /** A record of an assessment file against its enrollment's entry and exit. */
    private void stage(String file, String name, long line, Function<String, String> row, String id) {
        String enrollmentId = row.apply("EnrollmentID");
        int stay = stays == null ? IdTable.ABSENT : stays.index(String.valueOf(enrollmentId));
        String stage = row.apply("DataCollectionStage");
        if (stay == IdTable.ABSENT || stays.deleted.get(stay)
                || !AT_ENTRY.equals(stage) && !AT_EXIT.equals(stage)) {
            return;
        }
        boolean atEntry = AT_ENTRY.equals(stage);
        String when = atEntry ? "at project start (DataCollectionStage 1)" : "at project exit (DataCollectionStage 3)";
        int information = day(row.apply("InformationDate"));
        if (!atEntry && stays.exit[stay] == NONE) {
            sink.add(Severity.ERROR, name, line, "DataCollectionStage", id,
                    "a record " + when + " for enrollment " + enrollmentId + ", which has no exit in Exit.csv");
        } else if (information != NONE && information != (atEntry ? stays.entry[stay] : stays.exit[stay])) {
            sink.add(Severity.ERROR, name, line, "InformationDate", id, "a record " + when
                    + " whose InformationDate is not the " + (atEntry ? "EntryDate" : "ExitDate") + " of enrollment "
                    + enrollmentId);
        }
        String kind = "";
        int bit = STAGE_BITS.get(file);
        if (file.equals("Disabilities")) {
            int type = integer(row.apply("DisabilityType"));
            if (type < FIRST_DISABILITY_TYPE || type > LAST_DISABILITY_TYPE) {
                return;
            }
            bit += 2 * (type - FIRST_DISABILITY_TYPE);
            kind = " of DisabilityType " + type;
        }
        int mask = 1 << (bit + (atEntry ? 0 : 1));
        if ((stays.stages[stay] & mask) != 0) {
            sink.add(Severity.ERROR, name, line, "DataCollectionStage", id, "a second record" + kind + " " + when
                    + " for enrollment " + enrollmentId + ": there is one a stage");
        }
        stays.stages[stay] |= mask;
    }

    private static int day(String value) {
        LocalDate date = Values.date(value);
        return date == null ? NONE : (int) date.toEpochDay();
    }

    private static int integer(String value) {
        try {
            return value == null ? NONE : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return NONE;
        }
    }

    /** A project that is not deleted. */
    private static final class Project {
        private final String id;
        private final long line;
        /** Its ProjectType (and RRHSubType) when HUD requires inventory of it, else null. */
        private final String housing;
        private boolean inventory;

        Project(String id, long line, String housing) {
            this.id = id;
            this.line = line;
            this.housing = housing;
        }
    }
}
