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
        let names = ["kind", "status", "issuer", "reference", "validFrom", "validUntil", "clearanceLevel"]
        let values = Self.values(fields, names)
        return try await refusing(req, actor: actor, form: "permit-\(facilityID.uuidString)", values: values, fields: names) {
            let input = PermitInput(
                kind: try parseEnum(values["kind"]!, field: "kind"), issuer: values["issuer"]!, reference: values["reference"]!,
                status: try parseEnum(values["status"]!, field: "status"),
                validFrom: try Self.date(values["validFrom"]!, field: "validFrom"), validUntil: try Self.date(values["validUntil"]!, field: "validUntil"),
                clearanceLevel: values["clearanceLevel"]!.isEmpty ? nil : values["clearanceLevel"])
            _ = try await FacilityService(req.services).addPermit(facilityID: facilityID, input, actor: actor)
            return WebResponse.redirect(.facilities, notice: .permitRecorded)
        }
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

    /// Runs `action`; a refusal the reader can correct shows the page again with the reason
    /// beside the field it names (or above the form) and what was typed.
    private static func refusing(
        _ req: Request, actor: Actor, form: String, values: [String: String], fields: [String],
        _ action: () async throws -> Response
    ) async throws -> Response {
        do {
            return try await action()
        } catch let error as DomainError where error.kind == .invalid || error.kind == .conflict {
            let field = fields.contains(error.field ?? "") ? error.field! : "form"
            return try await page(req, actor: actor, refusedForm: form,
                                  typed: TypedForm(values: values, errors: [field: req.language.reason(error)]), status: httpStatus(for: error))
        }
    }

    private static func values(_ fields: [String: String], _ names: [String]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: names.map { ($0, (fields[$0] ?? "").trimmingCharacters(in: .whitespaces)) })
    }

    private static func date(_ text: String, field: String) throws -> CalendarDate? {
        text.isEmpty ? nil : try CalendarDate(text, field: field)
    }
}
