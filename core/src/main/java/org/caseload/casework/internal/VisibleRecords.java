// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework.internal;

import java.util.Optional;
import java.util.function.Predicate;
import org.caseload.core.internal.CallContext;
import org.caseload.spi.error.NotFoundException;
import org.caseload.spi.storage.casework.CaseNoteRecord;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.casework.EnrollmentRecord;
import org.caseload.spi.storage.casework.HouseholdRecord;
import org.caseload.spi.storage.casework.ProjectRecord;
import org.caseload.spi.storage.casework.ServiceDeliveryRecord;
import org.caseload.spi.storage.casework.ServiceGroupRecord;
import org.caseload.spi.storage.casework.ServiceTypeRecord;
import org.caseload.spi.storage.sharing.SharedRecordKind;

/**
 * Loads the records a call acts on, answering {@link NotFoundException} alike for a record that
 * does not exist and one the caller may not see.
 */
final class VisibleRecords {

    static final String CLIENT = "client";
    static final String HOUSEHOLD = "household";
    static final String PROJECT = "project";
    static final String ENROLLMENT = "enrollment";
    static final String CASE_NOTE = "caseNote";
    static final String SERVICE_GROUP = "serviceGroup";
    static final String SERVICE_TYPE = "serviceType";
    static final String SERVICE_DELIVERY = "serviceDelivery";

    private VisibleRecords() {
    }

    /** A client the caller may see. */
    static ClientRecord client(CallContext context, String id) {
        return visible(context.session().clients().findById(id), CLIENT, id,
                record -> CaseworkVisibility.canSeeClient(context, record));
    }

    /** A household the caller may see, its own or shared with it. */
    static HouseholdRecord household(CallContext context, String id) {
        return visible(context.session().households().findById(id), HOUSEHOLD, id,
                record -> CaseworkVisibility.canSeeHousehold(context, record));
    }

    /**
     * A household the caller may change: seen, and of the caller's organization (or any, as a
     * system administrator). A shared one answers not found, like one the caller may not see.
     */
    static HouseholdRecord householdToChange(CallContext context, String id) {
        return visible(context.session().households().findById(id), HOUSEHOLD, id,
                record -> CaseworkVisibility.canChange(context, record.organizationId())
                        && CaseworkVisibility.canSeeHousehold(context, record));
    }

    /** The project, locked until the call's unit of work ends (see {@code ProjectStore.findForUpdate}). */
    static ProjectRecord projectForUpdate(CallContext context, String id) {
        return visible(context.session().projects().findForUpdate(id), PROJECT, id,
                record -> CaseworkVisibility.canUseCatalogOf(context, record.organizationId()));
    }

    /** An enrollment the caller may see, its own or shared with it. */
    static EnrollmentRecord enrollment(CallContext context, String id) {
        return visible(context.session().enrollments().findById(id), ENROLLMENT, id,
                record -> CaseworkVisibility.canSee(context, SharedRecordKind.ENROLLMENTS, record.organizationId(),
                        record.clientId()));
    }

    /** An enrollment the caller may change: seen, and of the caller's organization (or any, as a system administrator). */
    static EnrollmentRecord enrollmentToChange(CallContext context, String id) {
        return visible(context.session().enrollments().findById(id), ENROLLMENT, id,
                record -> canChangeShared(context, SharedRecordKind.ENROLLMENTS, record.organizationId(),
                        record.clientId()));
    }

    static CaseNoteRecord caseNote(CallContext context, String id) {
        return visible(context.session().caseNotes().findById(id), CASE_NOTE, id,
                record -> CaseworkVisibility.canSeeCaseNotesOf(context, record.organizationId()));
    }

    /** A service group of the caller's own organization: a catalog is defined per organization. */
    static ServiceGroupRecord ownServiceGroup(CallContext context, String id) {
        return visible(context.session().serviceCatalog().findGroup(id), SERVICE_GROUP, id,
                record -> record.organizationId().equals(context.principal().organizationId()));
    }

    static ServiceTypeRecord serviceType(CallContext context, String id) {
        return visible(context.session().serviceCatalog().findType(id), SERVICE_TYPE, id,
                record -> CaseworkVisibility.canUseCatalogOf(context, record.organizationId()));
    }

    /** A service delivery the caller may see, its own or shared with it. */
    static ServiceDeliveryRecord serviceDelivery(CallContext context, String id) {
        return visible(context.session().serviceDeliveries().findById(id), SERVICE_DELIVERY, id,
                record -> CaseworkVisibility.canSee(context, SharedRecordKind.SERVICES, record.organizationId(),
                        record.clientId()));
    }

    /** A service delivery the caller may change: seen, and of the caller's organization (or any, as a system administrator). */
    static ServiceDeliveryRecord serviceDeliveryToChange(CallContext context, String id) {
        return visible(context.session().serviceDeliveries().findById(id), SERVICE_DELIVERY, id,
                record -> canChangeShared(context, SharedRecordKind.SERVICES, record.organizationId(),
                        record.clientId()));
    }

    /** Seen, its own or shared with the caller, and of the caller's organization (or any, as a system administrator). */
    private static boolean canChangeShared(CallContext context, SharedRecordKind kind, String organizationId,
            String clientId) {
        return CaseworkVisibility.canChange(context, organizationId)
                && CaseworkVisibility.canSee(context, kind, organizationId, clientId);
    }

    private static <R> R visible(Optional<R> found, String recordType, String id, Predicate<R> canSee) {
        return found.filter(canSee).orElseThrow(() -> new NotFoundException(recordType, id));
    }
}
