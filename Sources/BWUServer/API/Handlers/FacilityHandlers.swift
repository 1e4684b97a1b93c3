import BWUDomain
import BWUPersistence
import Vapor

enum FacilityHandlers {
    @Sendable static func list(_ req: Request) async throws -> Response {
        let today = CalendarDate(utc: req.services.now())
        return try await FacilityService(req.services).list(actor: try req.actor()).map { FacilityDTO($0, today: today) }.response()
    }

    @Sendable static func register(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.manufacturer, to: "registering a facility")
        let body = try req.decodeBody(FacilityRequest.self)
        let facility = try await FacilityService(req.services).register(
            name: body.name, address: body.address, municipality: body.municipality, foreignOwned: body.foreignOwned, actor: actor)
        return try FacilityDTO(facility, today: CalendarDate(utc: req.services.now()))
            .response(.created, location: APIRoute.getFacility.url(["facilityId": facility.id.uuidString]))
    }

    @Sendable static func get(_ req: Request) async throws -> Response {
        let facility = try await FacilityService(req.services).get(try req.id("facilityId", "facility"), actor: try req.actor())
        return try FacilityDTO(facility, today: CalendarDate(utc: req.services.now())).response()
    }

    @Sendable static func addPermit(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.manufacturer, .programmeOfficer, to: "recording a permit")
        let input = try req.decodeBody(PermitRequest.self).input()
        let facility = try await FacilityService(req.services).addPermit(facilityID: try req.id("facilityId", "facility"), input, actor: actor)
        return try FacilityDTO(facility, today: CalendarDate(utc: req.services.now())).response(.created)
    }

    @Sendable static func updatePermit(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.manufacturer, .programmeOfficer, to: "updating a permit")
        let input = try req.decodeBody(PermitRequest.self).input()
        let facility = try await FacilityService(req.services).updatePermit(
            facilityID: try req.id("facilityId", "facility"), permitID: try req.id("permitId", "permit"), input, actor: actor)
        return try FacilityDTO(facility, today: CalendarDate(utc: req.services.now())).response()
    }

    @Sendable static func setStatus(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.manufacturer, .programmeOfficer, to: "changing a facility's status")
        let body = try req.decodeBody(FacilityStatusRequest.self)
        let status: FacilityStatus = try parseEnum(body.status, field: "status")
        let facility = try await FacilityService(req.services).setStatus(facilityID: try req.id("facilityId", "facility"), status: status, actor: actor)
        return try FacilityDTO(facility, today: CalendarDate(utc: req.services.now())).response()
    }

    /// Every required permit missing, expired or expiring within `days` (default 90) of `asOf` (default today).
    @Sendable static func watchList(_ req: Request) async throws -> Response {
        let asOf = try req.query[String.self, at: "asOf"].map { try CalendarDate($0, field: "asOf") } ?? CalendarDate(utc: req.services.now())
        let days = try req.query[String.self, at: "days"].map { text -> Int in
            guard let days = Int(text), (0...3650).contains(days) else { throw DomainError.invalid("days", "expected 0 to 3650") }
            return days
        } ?? 90
        let entries = try await FacilityService(req.services).watchList(on: asOf, within: days, actor: try req.actor())
        return try entries.flatMap { facility, alerts in
            alerts.map {
                PermitAlertDTO(facilityId: facility.id, facilityName: facility.name, organisationId: facility.organisationID,
                               alert: $0.kind.rawValue, permitKind: $0.permitKind.rawValue, permitId: $0.permitID, date: $0.date?.description)
            }
        }.response()
    }

    @Sendable static func listReports(_ req: Request) async throws -> Response {
        try await ProductionReportService(req.services).list(actor: try req.actor()).map(ProductionReportDTO.init).response()
    }

    @Sendable static func report(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.manufacturer, to: "reporting output")
        let body = try req.decodeBody(ProductionReportRequest.self)
        let report = try await ProductionReportService(req.services).report(
            facilityID: body.facilityId, productID: body.productId,
            periodStart: try CalendarDate(body.periodStart, field: "periodStart"),
            periodEnd: try CalendarDate(body.periodEnd, field: "periodEnd"), quantity: body.quantity, actor: actor)
        return try ProductionReportDTO(report).response(.created)
    }
}
