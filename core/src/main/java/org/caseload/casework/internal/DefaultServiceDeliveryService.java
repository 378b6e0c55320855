// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework.internal;

import static org.caseload.casework.internal.VisibleRecords.CLIENT;
import static org.caseload.casework.internal.VisibleRecords.SERVICE_DELIVERY;
import static org.caseload.casework.internal.VisibleRecords.SERVICE_GROUP;
import static org.caseload.casework.internal.VisibleRecords.SERVICE_TYPE;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.caseload.casework.CorrectServiceDelivery;
import org.caseload.casework.DefineServiceGroup;
import org.caseload.casework.DefineServiceType;
import org.caseload.casework.DeleteServiceDelivery;
import org.caseload.casework.HistoryRequest;
import org.caseload.casework.RecordServiceDelivery;
import org.caseload.casework.ServiceDelivery;
import org.caseload.casework.ServiceDeliveryService;
import org.caseload.casework.ServiceGroup;
import org.caseload.casework.ServiceType;
import org.caseload.core.internal.CallContext;
import org.caseload.core.internal.Kernel;
import org.caseload.core.internal.Operation;
import org.caseload.core.Permission;
import org.caseload.spi.storage.casework.ServiceDeliveryRecord;
import org.caseload.spi.storage.casework.ServiceGroupRecord;
import org.caseload.spi.storage.casework.ServiceTypeRecord;

/** The service delivery service over a runtime's {@link Kernel}. */
public final class DefaultServiceDeliveryService implements ServiceDeliveryService {

    private static final Operation DEFINE_GROUP = new Operation("service.defineGroup", Permission.CASEWORK_ADMINISTER);
    private static final Operation DEFINE_TYPE = new Operation("service.defineType", Permission.CASEWORK_ADMINISTER);
    private static final Operation CATALOG = Operation.reading("service.catalog", Permission.CLIENT_READ);
    private static final Operation RECORD = new Operation("service.record", Permission.CLIENT_WRITE);
    private static final Operation CORRECT = new Operation("service.correct", Permission.CLIENT_WRITE);
    private static final Operation DELETE = new Operation("service.delete", Permission.CLIENT_WRITE);
    private static final Operation GET = Operation.reading("service.get", Permission.CLIENT_READ);
    private static final Operation LIST_FOR_CLIENT = Operation.reading("service.listForClient", Permission.CLIENT_READ);

    private final Kernel kernel;

    public DefaultServiceDeliveryService(Kernel kernel) {
        this.kernel = kernel;
    }

    @Override
    public ServiceGroup defineGroup(DefineServiceGroup command) {
        return kernel.call(DEFINE_GROUP, command, context -> {
            ServiceGroupRecord stored = context.session().serviceCatalog().insertGroup(new ServiceGroupRecord(
                    context.newId(), context.principal().organizationId(), command.name().strip(), context.now(), 1));
            context.auditRecord(SERVICE_GROUP, stored.id());
            return new ServiceGroup(stored.id(), stored.organizationId(), stored.name(), List.of());
        });
    }

    @Override
    public ServiceType defineType(DefineServiceType command) {
        return kernel.call(DEFINE_TYPE, command, context -> {
            ServiceGroupRecord group = VisibleRecords.ownServiceGroup(context, command.groupId());
            ServiceTypeRecord stored = context.session().serviceCatalog().insertType(new ServiceTypeRecord(
                    context.newId(), group.organizationId(), group.id(), command.name().strip(), command.unit(),
                    context.now(), 1));
            context.auditRecord(SERVICE_TYPE, stored.id());
            return Views.serviceType(stored);
        });
    }

    @Override
    public List<ServiceGroup> catalog() {
        return kernel.call(CATALOG, null, context -> {
            String organizationId = context.principal().organizationId();
            Map<String, List<ServiceType>> typesByGroup = context.session().serviceCatalog().typesOf(organizationId)
                    .stream()
                    .map(Views::serviceType)
                    .collect(Collectors.groupingBy(ServiceType::groupId));
            List<ServiceGroup> groups = context.session().serviceCatalog().groupsOf(organizationId).stream()
                    .map(group -> new ServiceGroup(group.id(), group.organizationId(), group.name(),
                            typesByGroup.getOrDefault(group.id(), List.of())))
                    .toList();
            context.auditDetail(groups.size() + " service groups");
            return groups;
        });
    }

    @Override
    public ServiceDelivery record(RecordServiceDelivery command) {
        return kernel.call(RECORD, command, context -> {
            String clientId = VisibleRecords.client(context, command.clientId()).id();
            ServiceTypeRecord type = VisibleRecords.serviceType(context, command.serviceTypeId());
            ServiceDeliveryRules.checkValue(command, type.unit(), command.value());
            if (command.enrollmentId() != null) {
                ServiceDeliveryRules.checkEnrollment(command, VisibleRecords.enrollment(context, command.enrollmentId()),
                        clientId, command.deliveredOn());
            }
            ServiceDeliveryRecord stored = context.session().serviceDeliveries().insert(new ServiceDeliveryRecord(
                    context.newId(), context.principal().organizationId(), clientId, command.enrollmentId(), type.id(),
                    command.value(), command.deliveredOn(), context.principal().userId(), context.now(),
                    context.now(), 1));
            context.auditRecord(SERVICE_DELIVERY, stored.id());
            return Views.serviceDelivery(stored, type);
        });
    }

    @Override
    public ServiceDelivery correct(CorrectServiceDelivery command) {
        return kernel.call(CORRECT, command, context -> {
            ServiceDeliveryRecord delivery = read(context, command.deliveryId(), command.expectedVersion());
            ServiceTypeRecord type = CaseworkReads.typeOf(context, delivery.serviceTypeId());
            ServiceDeliveryRules.checkValue(command, type.unit(), command.value());
            if (delivery.enrollmentId() != null) {
                ServiceDeliveryRules.checkEnrollment(command,
                        context.session().enrollments().findById(delivery.enrollmentId()).orElseThrow(),
                        delivery.clientId(), command.deliveredOn());
            }
            ServiceDeliveryRecord stored = context.session().serviceDeliveries().update(
                    delivery.withValue(command.value(), command.deliveredOn(), context.now()));
            return Views.serviceDelivery(stored, type);
        });
    }

    @Override
    public void delete(DeleteServiceDelivery command) {
        kernel.call(DELETE, command, context -> {
            ServiceDeliveryRecord delivery = read(context, command.deliveryId(), command.expectedVersion());
            context.session().serviceDeliveries().delete(delivery.id(), delivery.version());
            return null;
        });
    }

    @Override
    public ServiceDelivery get(String deliveryId) {
        return kernel.call(GET, null, context -> {
            context.auditRecord(SERVICE_DELIVERY, deliveryId);
            ServiceDeliveryRecord delivery = VisibleRecords.serviceDelivery(context, deliveryId);
            return Views.serviceDelivery(delivery, CaseworkReads.typeOf(context, delivery.serviceTypeId()));
        });
    }

    @Override
    public List<ServiceDelivery> deliveriesOf(HistoryRequest request) {
        return kernel.call(LIST_FOR_CLIENT, request, context -> {
            context.auditRecord(CLIENT, request.clientId());
            List<ServiceDelivery> deliveries = CaseworkReads.deliveriesOf(context,
                    VisibleRecords.client(context, request.clientId()), request.limit());
            context.auditDetail(deliveries.size() + " services");
            return deliveries;
        });
    }

    /** The delivery a change names, at the version it names. */
    private static ServiceDeliveryRecord read(CallContext context, String deliveryId, long expectedVersion) {
        context.auditRecord(SERVICE_DELIVERY, deliveryId);
        ServiceDeliveryRecord delivery = VisibleRecords.serviceDeliveryToChange(context, deliveryId);
        Versions.require(SERVICE_DELIVERY, deliveryId, delivery.version(), expectedVersion);
        return delivery;
    }
}
