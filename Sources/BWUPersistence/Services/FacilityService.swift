import BWUDomain
import Fluent
import Foundation

/// A permit as entered by the manufacturer or the programme office.
public struct PermitInput: Sendable {
    public var kind: PermitKind
    public var issuer: String
    public var reference: String
    public var status: PermitStatus
    public var validFrom: CalendarDate?
    public var validUntil: CalendarDate?
    public var clearanceLevel: String?

    public init(kind: PermitKind, issuer: String, reference: String, status: PermitStatus,
                validFrom: CalendarDate?, validUntil: CalendarDate?, clearanceLevel: String?) {
        self.kind = kind
        self.issuer = issuer
        self.reference = reference
        self.status = status
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.clearanceLevel = clearanceLevel
    }

    func validate() throws {
        try ProductionScope.requireText(issuer, "issuer")
        try ProductionScope.requireText(reference, "reference")
        if let validFrom, let validUntil, validUntil < validFrom {
            throw DomainError.invalid("validUntil", "is before validFrom")
        }
        if status == .granted, validUntil == nil, kind != .warMaterialManufacturing {
            throw DomainError.invalid("validUntil", "a granted \(kind.rawValue) permit needs an end date")
        }
        if kind == .facilitySecurityClearance, status == .granted, (clearanceLevel ?? "").isEmpty {
            throw DomainError.invalid("clearanceLevel", "a granted facility security clearance states its level")
        }
    }
}

/// Facilities in Denmark and the permits they need before they may operate.
public struct FacilityService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    public func register(name: String, address: String, municipality: String, foreignOwned: Bool, actor: Actor) async throws -> FacilityRecord {
        try actor.require(.manufacturer, to: "registering a facility")
        try ProductionScope.requireText(name, "name")
        try ProductionScope.requireText(address, "address")
        try ProductionScope.requireText(municipality, "municipality")
        return try await context.audited(by: actor) { db, log in
            let facility = FacilityModel()
            facility.id = UUID()
            facility.organisationID = actor.organisationID
            facility.name = name
            facility.address = address
            facility.municipality = municipality
            facility.foreignOwned = foreignOwned
            facility.status = FacilityStatus.planned.rawValue
            try await facility.create(on: db)
            log.record("facility.registered", "facility", try facility.requireID(),
                       ["name": name, "municipality": municipality, "foreignOwned": String(foreignOwned)])
            return try await Self.load(try facility.requireID(), on: db)
        }
    }

    public func addPermit(facilityID: UUID, _ input: PermitInput, actor: Actor) async throws -> FacilityRecord {
        try actor.require(.manufacturer, .programmeOfficer, to: "recording a permit")
        try input.validate()
        return try await context.audited(by: actor) { db, log in
            let facility = try await Self.visible(facilityID, actor: actor, on: db)
            let permit = PermitModel()
            permit.id = UUID()
            permit.$facility.id = facilityID
            Self.apply(input, to: permit)
            try await permit.create(on: db)
            log.record("permit.recorded", "permit", try permit.requireID(), Self.details(input, facility: facility))
            return try await Self.load(facilityID, on: db)
        }
    }

    public func updatePermit(facilityID: UUID, permitID: UUID, _ input: PermitInput, actor: Actor) async throws -> FacilityRecord {
        try actor.require(.manufacturer, .programmeOfficer, to: "updating a permit")
        try input.validate()
        return try await context.audited(by: actor) { db, log in
            let facility = try await Self.visible(facilityID, actor: actor, on: db)
            guard let permit = try await PermitModel.query(on: db).filter(\.$id == permitID).filter(\.$facility.$id == facilityID).first() else {
                throw DomainError.notFound("permit")
            }
            Self.apply(input, to: permit)
            try await permit.update(on: db)
            log.record("permit.updated", "permit", permitID, Self.details(input, facility: facility))
            // A facility that loses a required permit stops being operational with it.
            let record = try await Self.load(facilityID, on: db)
            if record.status == .operational, !PermitRules.missing(for: record, on: ProductionScope.today(context)).isEmpty {
                facility.status = FacilityStatus.suspended.rawValue
                try await facility.update(on: db)
                log.record("facility.suspended", "facility", facilityID, ["reason": "a required permit is no longer valid"])
            }
            return try await Self.load(facilityID, on: db)
        }
    }

    /// Marks a facility planned, operational or suspended; operational only with every required permit valid today.
    public func setStatus(facilityID: UUID, status: FacilityStatus, actor: Actor) async throws -> FacilityRecord {
        try actor.require(.manufacturer, .programmeOfficer, to: "changing a facility's status")
        return try await context.audited(by: actor) { db, log in
            let facility = try await Self.visible(facilityID, actor: actor, on: db)
            if status == .operational {
                try PermitRules.checkCanOperate(try await Self.load(facilityID, on: db), on: ProductionScope.today(context))
            }
            let before = facility.status
            facility.status = status.rawValue
            try await facility.update(on: db)
            log.record("facility.status-changed", "facility", facilityID, ["from": before, "to": status.rawValue])
            return try await Self.load(facilityID, on: db)
        }
    }

    public func list(actor: Actor) async throws -> [FacilityRecord] {
        try ProductionScope.requireProductionReader(actor)
        let query = FacilityModel.query(on: context.database).with(\.$permits)
        if let organisation = ProductionScope.organisationFilter(actor) { query.filter(\.$organisationID == organisation) }
        return try await query.sort(\.$name).all().map { try $0.record() }
    }

    public func get(_ id: UUID, actor: Actor) async throws -> FacilityRecord {
        try ProductionScope.requireProductionReader(actor)
        _ = try await Self.visible(id, actor: actor, on: context.database)
        return try await Self.load(id, on: context.database)
    }

    /// Every required permit that is missing, expired or expiring within `days` of `date`, per facility.
    public func watchList(on date: CalendarDate, within days: Int, actor: Actor) async throws -> [(FacilityRecord, [PermitRules.Alert])] {
        let facilities = try await list(actor: actor)
        return facilities.map { ($0, PermitRules.alerts(for: $0, on: date, within: days)) }.filter { !$0.1.isEmpty }
    }

    static func visible(_ id: UUID, actor: Actor, on db: any Database) async throws -> FacilityModel {
        guard let facility = try await FacilityModel.find(id, on: db), ProductionScope.canSee(organisation: facility.organisationID, actor) else {
            throw DomainError.notFound("facility")
        }
        return facility
    }

    static func load(_ id: UUID, on db: any Database) async throws -> FacilityRecord {
        guard let facility = try await FacilityModel.query(on: db).filter(\.$id == id).with(\.$permits).first() else {
            throw DomainError.notFound("facility")
        }
        return try facility.record()
    }

    private static func apply(_ input: PermitInput, to permit: PermitModel) {
        permit.kind = input.kind.rawValue
        permit.issuer = input.issuer
        permit.reference = input.reference
        permit.status = input.status.rawValue
        permit.validFrom = input.validFrom?.description
        permit.validUntil = input.validUntil?.description
        permit.clearanceLevel = input.clearanceLevel
    }

    private static func details(_ input: PermitInput, facility: FacilityModel) -> [String: String] {
        [
            "facility": facility.id?.uuidString ?? "", "kind": input.kind.rawValue, "issuer": input.issuer,
            "reference": input.reference, "status": input.status.rawValue,
            "validFrom": input.validFrom?.description ?? "", "validUntil": input.validUntil?.description ?? "",
        ]
    }
}
