import BWUDomain
import BWUPersistence
import Vapor

struct PermitDTO: Content {
    let id: UUID, kind: String, issuer: String, reference: String, status: String
    let validFrom: String?, validUntil: String?, clearanceLevel: String?

    init(_ r: PermitRecord) {
        id = r.id; kind = r.kind.rawValue; issuer = r.issuer; reference = r.reference; status = r.status.rawValue
        validFrom = r.validFrom?.description; validUntil = r.validUntil?.description; clearanceLevel = r.clearanceLevel
    }
}

struct FacilityDTO: Content {
    let id: UUID, organisationId: UUID, name: String, address: String, municipality: String, foreignOwned: Bool
    let status: String, permits: [PermitDTO], missingPermits: [String]

    init(_ r: FacilityRecord, today: CalendarDate) {
        id = r.id; organisationId = r.organisationID; name = r.name; address = r.address; municipality = r.municipality
        foreignOwned = r.foreignOwned; status = r.status.rawValue; permits = r.permits.map(PermitDTO.init)
        missingPermits = PermitRules.missing(for: r, on: today).map(\.rawValue)
    }
}

struct PermitAlertDTO: Content {
    let facilityId: UUID, facilityName: String, organisationId: UUID, alert: String, permitKind: String, permitId: UUID?, date: String?
}

struct FacilityRequest: RequestBody {
    let name: String, address: String, municipality: String, foreignOwned: Bool
    static let schema = BodySchema.object(["name": .value, "address": .value, "municipality": .value, "foreignOwned": .value])
}

struct PermitRequest: RequestBody {
    let kind: String, issuer: String, reference: String, status: String
    let validFrom: String?, validUntil: String?, clearanceLevel: String?
    static let schema = BodySchema.object([
        "kind": .value, "issuer": .value, "reference": .value, "status": .value,
        "validFrom": .value, "validUntil": .value, "clearanceLevel": .value,
    ])

    func input() throws -> PermitInput {
        PermitInput(
            kind: try parseEnum(kind, field: "kind"), issuer: issuer, reference: reference,
            status: try parseEnum(status, field: "status"),
            validFrom: try validFrom.map { try CalendarDate($0, field: "validFrom") },
            validUntil: try validUntil.map { try CalendarDate($0, field: "validUntil") }, clearanceLevel: clearanceLevel)
    }
}

struct FacilityStatusRequest: RequestBody {
    let status: String
    static let schema = BodySchema.object(["status": .value])
}

struct ProductDTO: Content {
    let id: UUID, organisationId: UUID, code: String, name: String, category: String?, unitValue: MoneyDTO

    init(_ r: ProductRecord) {
        id = r.id; organisationId = r.organisationID; code = r.code; name = r.name
        category = r.category?.description; unitValue = MoneyDTO(r.unitValue)
    }
}

struct ProductRequest: RequestBody {
    let code: String, name: String, category: String?, unitValue: MoneyDTO
    static let schema = BodySchema.object(["code": .value, "name": .value, "category": .value, "unitValue": MoneyDTO.schema])
}

struct LicenceDTO: Content {
    let id: UUID, organisationId: UUID, issuer: String, reference: String, category: String, destinationId: UUID
    let quantityCeiling: Int?, valueCeiling: MoneyDTO?, validFrom: String, validUntil: String, status: String
    let usedQuantity: Int, usedValue: MoneyDTO, remainingQuantity: Int?, remainingValue: MoneyDTO?

    init(_ r: ExportLicenceRecord) {
        id = r.id; organisationId = r.organisationID; issuer = r.issuer; reference = r.reference
        category = r.category.description; destinationId = r.destinationID; quantityCeiling = r.quantityCeiling
        valueCeiling = r.valueCeiling.map(MoneyDTO.init); validFrom = r.validFrom.description
        validUntil = r.validUntil.description; status = r.status.rawValue; usedQuantity = r.usedQuantity
        usedValue = MoneyDTO(r.usedValue); remainingQuantity = r.remainingQuantity; remainingValue = r.remainingValue.map(MoneyDTO.init)
    }
}

struct LicenceRequest: RequestBody {
    let issuer: String, reference: String, category: String, destinationId: UUID
    let quantityCeiling: Int?, valueCeiling: MoneyDTO?, validFrom: String, validUntil: String
    static let schema = BodySchema.object([
        "issuer": .value, "reference": .value, "category": .value, "destinationId": .value,
        "quantityCeiling": .value, "valueCeiling": MoneyDTO.schema, "validFrom": .value, "validUntil": .value,
    ])
}

struct ReasonRequest: RequestBody {
    let reason: String
    static let schema = BodySchema.object(["reason": .value])
}

struct DemandDTO: Content {
    let id: UUID, customerId: UUID, manufacturerId: UUID, productId: UUID, quantity: Int, dueDate: String
    let priority: Int, status: String, acceptedQuantity: Int, createdAt: Date

    init(_ r: DemandRecord) {
        id = r.id; customerId = r.customerID; manufacturerId = r.manufacturerID; productId = r.productID
        quantity = r.quantity; dueDate = r.dueDate.description; priority = r.priority; status = r.status.rawValue
        acceptedQuantity = r.acceptedQuantity; createdAt = r.createdAt
    }
}

struct DemandRequest: RequestBody {
    let productId: UUID, quantity: Int, dueDate: String, priority: Int?
    static let schema = BodySchema.object(["productId": .value, "quantity": .value, "dueDate": .value, "priority": .value])
}

struct DeliveryDTO: Content {
    let id: UUID, demandId: UUID, manufacturerId: UUID, customerId: UUID, productId: UUID, quantity: Int, value: MoneyDTO
    let shippedOn: String, licenceId: UUID?, milestoneId: UUID?, status: String, acceptedQuantity: Int
    let decisionReason: String?, decidedBy: UUID?, decidedOn: String?
    /// The payment this delivery's acceptance released, once it has been made.
    let releasedDisbursementId: UUID?

    init(_ r: DeliveryRecord, releasedDisbursementID: UUID? = nil) {
        id = r.id; demandId = r.demandID; manufacturerId = r.manufacturerID; customerId = r.customerID; productId = r.productID
        quantity = r.quantity; value = MoneyDTO(r.value); shippedOn = r.shippedOn.description; licenceId = r.licenceID
        milestoneId = r.milestoneID; status = r.status.rawValue; acceptedQuantity = r.acceptedQuantity
        decisionReason = r.decisionReason; decidedBy = r.decidedBy; decidedOn = r.decidedOn?.description
        releasedDisbursementId = releasedDisbursementID
    }
}

struct DeliveryRequest: RequestBody {
    let demandId: UUID, quantity: Int, milestoneId: UUID?
    static let schema = BodySchema.object(["demandId": .value, "quantity": .value, "milestoneId": .value])
}

struct DeliveryDecisionRequest: RequestBody {
    let acceptedQuantity: Int, reason: String?
    static let schema = BodySchema.object(["acceptedQuantity": .value, "reason": .value])
}

struct ProductionReportDTO: Content {
    let id: UUID, facilityId: UUID, organisationId: UUID, productId: UUID, periodStart: String, periodEnd: String, quantity: Int

    init(_ r: ProductionReportRecord) {
        id = r.id; facilityId = r.facilityID; organisationId = r.organisationID; productId = r.productID
        periodStart = r.periodStart.description; periodEnd = r.periodEnd.description; quantity = r.quantity
    }
}

struct ProductionReportRequest: RequestBody {
    let facilityId: UUID, productId: UUID, periodStart: String, periodEnd: String, quantity: Int
    static let schema = BodySchema.object([
        "facilityId": .value, "productId": .value, "periodStart": .value, "periodEnd": .value, "quantity": .value,
    ])
}

struct ProgressFiguresDTO: Content {
    let committed: MoneyDTO, disbursed: MoneyDTO, plannedUnits: Int, plannedUnitsDue: Int
    let deliveredUnits: Int, acceptedUnits: Int, costPerAcceptedUnit: MoneyDTO?

    init(_ f: ProgressFigures) {
        committed = MoneyDTO(f.committed); disbursed = MoneyDTO(f.disbursed); plannedUnits = f.plannedUnits
        plannedUnitsDue = f.plannedUnitsDue; deliveredUnits = f.deliveredUnits; acceptedUnits = f.acceptedUnits
        costPerAcceptedUnit = f.costPerAcceptedUnit.map(MoneyDTO.init)
    }
}

struct ProgressDTO: Content {
    struct GrantRow: Content { let grantId: UUID, title: String, organisationId: UUID, figures: ProgressFiguresDTO }
    let programmeId: UUID, asOf: String, total: ProgressFiguresDTO, grants: [GrantRow]
}

struct DisbursementDetailDTO: Content {
    let disbursement: DisbursementDTO
    /// The accepted deliveries behind the payment (for delivery-linked milestones).
    let deliveries: [DeliveryDTO]
}
