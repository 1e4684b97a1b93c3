import BWUDomain
import Fluent
import Foundation

/// Manufacturers' products and their export licences.
public struct CatalogueService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    public func createProduct(code: String, name: String, category: MilitaryListCategory?, unitValue: Money, actor: Actor) async throws -> ProductRecord {
        try actor.require(.manufacturer, to: "adding a product")
        try ProductionScope.requireText(code, "code", limit: 64)
        try ProductionScope.requireText(name, "name")
        guard unitValue.isPositive else { throw DomainError.invalid("unitValue.amount", "must be greater than zero") }
        return try await context.audited(by: actor) { db, log in
            if try await ProductModel.query(on: db).filter(\.$organisationID == actor.organisationID).filter(\.$code == code).first() != nil {
                throw DomainError.conflict("your organisation already has a product with code '\(code)'", field: "code")
            }
            let product = ProductModel()
            product.id = UUID()
            product.organisationID = actor.organisationID
            product.code = code
            product.name = name
            product.category = category?.description
            product.unitValueMinor = unitValue.minorUnits
            product.currency = unitValue.currency.code
            try await product.create(on: db)
            log.record("product.created", "product", try product.requireID(), [
                "code": code, "name": name, "category": category?.description ?? "", "unitValue": unitValue.decimalString,
            ])
            return try product.record()
        }
    }

    /// The catalogue is open to every signed-in user: customers order from it.
    public func products(manufacturerID: UUID?) async throws -> [ProductRecord] {
        let query = ProductModel.query(on: context.database)
        if let manufacturerID { query.filter(\.$organisationID == manufacturerID) }
        return try await query.sort(\.$code).all().map { try $0.record() }
    }

    public func registerLicence(
        issuer: String, reference: String, category: MilitaryListCategory, destinationID: UUID, quantityCeiling: Int?,
        valueCeiling: Money?, validFrom: CalendarDate, validUntil: CalendarDate, actor: Actor
    ) async throws -> ExportLicenceRecord {
        try actor.require(.manufacturer, to: "registering an export licence")
        try ProductionScope.requireText(issuer, "issuer")
        try ProductionScope.requireText(reference, "reference")
        guard quantityCeiling != nil || valueCeiling != nil else {
            throw DomainError.invalid("quantityCeiling", "a licence caps quantity, value or both")
        }
        if let quantityCeiling, quantityCeiling <= 0 { throw DomainError.invalid("quantityCeiling", "must be greater than zero") }
        if let valueCeiling, !valueCeiling.isPositive { throw DomainError.invalid("valueCeiling.amount", "must be greater than zero") }
        guard validFrom <= validUntil else { throw DomainError.invalid("validUntil", "is before validFrom") }
        return try await context.audited(by: actor) { db, log in
            guard let destination = try await OrganisationModel.find(destinationID, on: db), destination.kind == OrganisationKind.customer.rawValue else {
                throw DomainError.invalid("destinationId", "must be an armed-forces customer organisation")
            }
            if try await ExportLicenceModel.query(on: db).filter(\.$reference == reference).first() != nil {
                throw DomainError.conflict("a licence with reference '\(reference)' is already registered", field: "reference")
            }
            let licence = ExportLicenceModel()
            licence.id = UUID()
            licence.organisationID = actor.organisationID
            licence.issuer = issuer
            licence.reference = reference
            licence.category = category.description
            licence.destinationID = destinationID
            licence.quantityCeiling = quantityCeiling
            licence.valueCeilingMinor = valueCeiling?.minorUnits
            licence.currency = valueCeiling?.currency.code ?? CurrencyCode.dkk.code
            licence.validFrom = validFrom.description
            licence.validUntil = validUntil.description
            licence.status = ExportLicenceRecord.Status.granted.rawValue
            try await licence.create(on: db)
            log.record("export-licence.registered", "export-licence", try licence.requireID(), [
                "reference": reference, "issuer": issuer, "category": category.description,
                "destination": destinationID.uuidString, "quantityCeiling": quantityCeiling.map(String.init) ?? "",
                "valueCeiling": valueCeiling?.decimalString ?? "", "validFrom": validFrom.description, "validUntil": validUntil.description,
            ])
            return try await Self.licence(try licence.requireID(), on: db)
        }
    }

    public func licences(actor: Actor) async throws -> [ExportLicenceRecord] {
        try ProductionScope.requireProductionReader(actor)
        let query = ExportLicenceModel.query(on: context.database).with(\.$drawdowns)
        if let organisation = ProductionScope.organisationFilter(actor) { query.filter(\.$organisationID == organisation) }
        return try await query.sort(\.$reference).all().map { try $0.record() }
    }

    public func revokeLicence(_ id: UUID, reason: String, actor: Actor) async throws -> ExportLicenceRecord {
        try actor.require(.programmeOfficer, .admin, to: "revoking an export licence")
        try ProductionScope.requireText(reason, "reason", limit: 4000)
        return try await context.audited(by: actor) { db, log in
            guard let licence = try await ExportLicenceModel.find(id, on: db) else { throw DomainError.notFound("export licence") }
            guard licence.status != ExportLicenceRecord.Status.revoked.rawValue else {
                throw DomainError.conflict("licence \(licence.reference) is already revoked", field: "status")
            }
            licence.status = ExportLicenceRecord.Status.revoked.rawValue
            try await licence.update(on: db)
            log.record("export-licence.revoked", "export-licence", id, ["reason": reason])
            return try await Self.licence(id, on: db)
        }
    }

    static func licence(_ id: UUID, on db: any Database) async throws -> ExportLicenceRecord {
        guard let licence = try await ExportLicenceModel.query(on: db).filter(\.$id == id).with(\.$drawdowns).first() else {
            throw DomainError.notFound("export licence")
        }
        return try licence.record()
    }
}
