// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import java.util.List;

/**
 * Projects and the enrollments of clients in them. Obtained from {@code Caseload.enrollments()};
 * thread-safe. Registering a project needs {@code casework.administer}; other reads need
 * {@code client.read}, other changes {@code client.write}.
 *
 * <p>The rules, checked on every storage alike and safe against concurrent calls:
 * <ul>
 *   <li>an exit is not before the entry, and an enrollment is exited once;</li>
 *   <li>one client has no two enrollments in one project that overlap: an enrollment lasts from its
 *       entry date until its exit date (open-ended until exited), and a new one may start on the
 *       day another ends;</li>
 *   <li>a household's enrollments in a project have one head at a time: the head of household
 *       enters first, and another member enters only while the head is enrolled.</li>
 * </ul>
 */
public interface EnrollmentService {

    /**
     * Registers a project of the caller's organization.
     *
     * @throws org.caseload.spi.error.ValidationException when the command is invalid
     */
    Project registerProject(RegisterProject command);

    /** The projects of the caller's organization, by name. */
    List<Project> projects();

    /**
     * Enrolls a client.
     *
     * @throws org.caseload.spi.error.ValidationException when a rule above is broken, or the client
     *         is not a member of the household
     * @throws org.caseload.spi.error.NotFoundException when the client, project or household does
     *         not exist or the caller may not see it
     */
    Enrollment enroll(EnrollClient command);

    /**
     * Exits an enrollment.
     *
     * @throws org.caseload.spi.error.ValidationException when the exit date is before the entry date
     * @throws org.caseload.spi.error.InvalidTransitionException when the enrollment is already exited
     * @throws org.caseload.spi.error.NotFoundException when the enrollment does not exist or the
     *         caller may not see it
     * @throws org.caseload.spi.error.ConcurrentModificationException when it changed since the
     *         caller read it
     */
    Enrollment exit(ExitEnrollment command);

    /**
     * The enrollment with this id.
     *
     * @throws org.caseload.spi.error.NotFoundException when it does not exist or the caller may not see it
     */
    Enrollment get(String enrollmentId);

    /**
     * A client's enrollments that the caller may see, latest entry first.
     *
     * @throws org.caseload.spi.error.NotFoundException when the client does not exist or the caller
     *         may not see it
     */
    List<Enrollment> enrollmentsOf(String clientId);
}
