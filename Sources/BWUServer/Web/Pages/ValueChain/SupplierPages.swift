import BWUDomain
import BWUPersistence
import BWUWeb
import Vapor

/// The supplier register, and a supplier keeping its own entry.
enum SupplierPages {
    @Sendable static func list(_ req: Request) async throws -> Response {
        _ = try req.webActor()
        let suppliers = try await SupplierRegisterService(req.services).list()
        let model = SuppliersModel(suppliers: suppliers.map(SupplierEntry.init), today: CalendarDate(utc: req.services.now()))
        return WebResponse.html(SuppliersPage.render(req.pageContext(), model))
    }

    @Sendable static func profileForm(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        try actor.require(.supplier, to: "keeping a supplier profile")
        let organisation = try await ownOrganisation(req, actor: actor)
        var values = SupplierProfileValues()
        do {
            values = SupplierProfileValues(try await SupplierRegisterService(req.services).profile(organisationID: actor.organisationID).profile)
        } catch let error as DomainError where error.kind == .notFound {
            // No entry yet: start from where the organisation is registered.
            values.country = organisation?.country ?? ""
        }
        let model = SupplierProfileModel(organisationName: organisation?.name ?? "", values: values)
        return WebResponse.html(SupplierProfilePage.render(req.pageContext(), model))
    }

    @Sendable static func save(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let fields = try req.checkedForm()
        try actor.require(.supplier, to: "keeping a supplier profile")
        let values = SupplierProfileValues(fields: fields)
        let (profile, parsed) = values.profile(req.language)
        var errors = parsed
        if let profile {
            do {
                _ = try await SupplierRegisterService(req.services).save(profile, actor: actor)
                return WebResponse.redirect(.suppliers, notice: .profileSaved)
            } catch let error as DomainError where error.kind == .invalid {
                errors[TypedForm.control(for: error.field ?? "categories")] = req.language.reason(error)
            }
        }
        let organisation = try await ownOrganisation(req, actor: actor)
        let model = SupplierProfileModel(organisationName: organisation?.name ?? "", values: values, errors: errors)
        return WebResponse.html(SupplierProfilePage.render(req.pageContext(), model), status: .unprocessableEntity)
    }

    private static func ownOrganisation(_ req: Request, actor: Actor) async throws -> OrganisationRecord? {
        try await PageData.organisations(req).first { $0.id == actor.organisationID }
    }
}

extension SupplierEntry {
    init(_ record: RegisteredSupplierRecord) {
        self.init(organisationID: record.organisationID, name: record.name, profile: record.profile)
    }
}
