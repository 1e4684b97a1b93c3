import BWUDomain
import BWUPersistence
import Vapor

enum CatalogueHandlers {
    @Sendable static func listProducts(_ req: Request) async throws -> Response {
        _ = try req.actor()
        let manufacturer = try req.query[String.self, at: "manufacturerId"].map { text in
            guard let id = UUID(uuidString: text) else { throw DomainError.invalid("manufacturerId", "is not a UUID") }
            return id
        }
        return try await CatalogueService(req.services).products(manufacturerID: manufacturer).map(ProductDTO.init).response()
    }

    @Sendable static func createProduct(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.manufacturer, to: "adding a product")
        let body = try req.decodeBody(ProductRequest.self)
        let product = try await CatalogueService(req.services).createProduct(
            code: body.code, name: body.name, category: try body.category.map { try MilitaryListCategory($0, field: "category") },
            unitValue: try body.unitValue.money(field: "unitValue"), actor: actor)
        return try ProductDTO(product).response(.created)
    }

    @Sendable static func listLicences(_ req: Request) async throws -> Response {
        try await CatalogueService(req.services).licences(actor: try req.actor()).map(LicenceDTO.init).response()
    }

    @Sendable static func registerLicence(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.manufacturer, to: "registering an export licence")
        let body = try req.decodeBody(LicenceRequest.self)
        let licence = try await CatalogueService(req.services).registerLicence(
            issuer: body.issuer, reference: body.reference, category: try MilitaryListCategory(body.category, field: "category"),
            destinationID: body.destinationId, quantityCeiling: body.quantityCeiling,
            valueCeiling: try body.valueCeiling?.money(field: "valueCeiling"),
            validFrom: try CalendarDate(body.validFrom, field: "validFrom"), validUntil: try CalendarDate(body.validUntil, field: "validUntil"),
            actor: actor)
        return try LicenceDTO(licence).response(.created)
    }

    @Sendable static func revokeLicence(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.programmeOfficer, .admin, to: "revoking an export licence")
        let body = try req.decodeBody(ReasonRequest.self)
        let licence = try await CatalogueService(req.services).revokeLicence(try req.id("licenceId", "export licence"), reason: body.reason, actor: actor)
        return try LicenceDTO(licence).response()
    }
}
