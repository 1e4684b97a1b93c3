import BWUDomain
import BWUPersistence
import BWUWeb
import Vapor

/// Facilities and their permits, with the permit watch list.
enum FacilityPages {
    /// How far ahead the watch list looks, as `GET /permit-alerts` does by default.
    static let alertDays = 90

    @Sendable static func list(_ req: Request) async throws -> Response {
        try await page(req, actor: try req.webActor())
    }

    /// The page, with a refused form shown again with what was typed and why.
    static func page(
        _ req: Request, actor: Actor, refusedForm: String? = nil, typed: TypedForm = TypedForm(), status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let today = CalendarDate(utc: req.services.now())
        let service = FacilityService(req.services)
        let facilities = try await service.list(actor: actor)
        let alerts = try await service.watchList(on: today, within: alertDays, actor: actor).map { FacilityAlerts(facility: $0.0, alerts: $0.1) }
        let model = FacilitiesModel(facilities: facilities, alerts: alerts, organisationNames: try await PageData.organisationNames(req), today: today,
                                    refusedForm: refusedForm, typed: typed)
        return WebResponse.html(FacilitiesPage.render(req.pageContext(), model), status: status)
    }

    @Sendable static func register(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let fields = try req.checkedForm()
        try actor.require(.manufacturer, to: "registering a facility")
        let values = Self.values(fields, ["name", "address", "municipality", "foreignOwned"])
        return try await refusing(req, actor: actor, form: "register", values: values, fields: ["name", "address", "municipality"]) {
            _ = try await FacilityService(req.services).register(
                name: values["name"]!, address: values["address"]!, municipality: values["municipality"]!,
                foreignOwned: values["foreignOwned"] == "true", actor: actor)
            return WebResponse.redirect(.facilities, notice: .facilityRegistered)
        }
    }

    @Sendable static func recordPermit(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let fields = try req.checkedForm()
        try actor.require(.manufacturer, .programmeOfficer, to: "recording a permit")
        let facilityID = try req.id("facility", "facility")
        let values = Self.values(fields, permitFields)
        return try await refusing(req, actor: actor, form: "permit-\(facilityID.uuidString)", values: values, fields: permitFields) {
            _ = try await FacilityService(req.services).addPermit(facilityID: facilityID, try Self.permitInput(values), actor: actor)
            return WebResponse.redirect(.facilities, notice: .permitRecorded)
        }
    }

    @Sendable static func editPermit(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        try actor.require(.manufacturer, .programmeOfficer, to: "updating a permit")
        let (facility, permit) = try await Self.permit(req, actor: actor)
        return WebResponse.html(PermitEditPage.render(req.pageContext(), PermitEditModel(facility: facility, permit: permit)))
    }

    @Sendable static func updatePermit(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let fields = try req.checkedForm()
        try actor.require(.manufacturer, .programmeOfficer, to: "updating a permit")
        let (facility, permit) = try await Self.permit(req, actor: actor)
        let values = Self.values(fields, permitFields)
        return try await req.refusing(values: values, fields: permitFields, page: { typed, status in
            WebResponse.html(PermitEditPage.render(req.pageContext(), PermitEditModel(facility: facility, permit: permit, typed: typed)), status: status)
        }) {
            _ = try await FacilityService(req.services).updatePermit(facilityID: facility.id, permitID: permit.id, try Self.permitInput(values), actor: actor)
            return WebResponse.redirect(.facilities, notice: .permitUpdated)
        }
    }

    /// The facility and permit the path names, if the reader may see the facility.
    private static func permit(_ req: Request, actor: Actor) async throws -> (FacilityRecord, PermitRecord) {
        let facility = try await FacilityService(req.services).get(try req.id("facility", "facility"), actor: actor)
        let permitID = try req.id("permit", "permit")
        guard let permit = facility.permits.first(where: { $0.id == permitID }) else { throw DomainError.notFound("permit") }
        return (facility, permit)
    }

    @Sendable static func setStatus(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let fields = try req.checkedForm()
        try actor.require(.manufacturer, .programmeOfficer, to: "changing a facility's status")
        let facilityID = try req.id("facility", "facility")
        let values = Self.values(fields, ["status"])
        return try await refusing(req, actor: actor, form: "status-\(facilityID.uuidString)", values: values, fields: ["status"]) {
            _ = try await FacilityService(req.services).setStatus(
                facilityID: facilityID, status: try parseEnum(values["status"]!, field: "status"), actor: actor)
            return WebResponse.redirect(.facilities, notice: .facilityStatusChanged)
        }
    }

    /// Runs `action`; a refusal shows the facilities page again with form `form` as typed (see ``Request/refusing``).
    private static func refusing(
        _ req: Request, actor: Actor, form: String, values: [String: String], fields: [String],
        _ action: () async throws -> Response
    ) async throws -> Response {
        try await req.refusing(values: values, fields: fields, page: { typed, status in
            try await page(req, actor: actor, refusedForm: form, typed: typed, status: status)
        }, action)
    }

    private static func values(_ fields: [String: String], _ names: [String]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: names.map { ($0, (fields[$0] ?? "").trimmingCharacters(in: .whitespaces)) })
    }

    private static let permitFields = ["kind", "status", "issuer", "reference", "validFrom", "validUntil", "clearanceLevel"]

    /// The permit form's text read into the service's input; a reason names the field it cannot read.
    private static func permitInput(_ values: [String: String]) throws -> PermitInput {
        func date(_ field: String) throws -> CalendarDate? { values[field]!.isEmpty ? nil : try CalendarDate(values[field]!, field: field) }
        return PermitInput(
            kind: try parseEnum(values["kind"]!, field: "kind"), issuer: values["issuer"]!, reference: values["reference"]!,
            status: try parseEnum(values["status"]!, field: "status"), validFrom: try date("validFrom"), validUntil: try date("validUntil"),
            clearanceLevel: values["clearanceLevel"]!.isEmpty ? nil : values["clearanceLevel"])
    }
}
