import BWUDomain
import BWUPlanning
import Fluent
import Foundation

/// Importing and exporting a manufacturer's product data.
public struct ProductDataService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// Replaces the actor's organisation's product data with a complete set of CSV files.
    /// - Throws: ``ImportErrors`` listing every bad row (file, line, column); nothing is stored then.
    public func importCSV(files: [String: String], actor: Actor) async throws -> ProductData {
        try actor.require(.manufacturer, to: "importing product data")
        let suppliers = Set(try await OrganisationModel.query(on: context.database)
            .filter(\.$kind == OrganisationKind.supplier.rawValue).all().map(\.name))
        let data: ProductData
        switch ProductData.parse(files: files, currency: .dkk, suppliers: suppliers) {
        case .success(let parsed): data = parsed
        case .failure(let errors): throw errors
        }
        try await store(data, format: "csv", actor: actor)
        return data
    }

    /// Replaces the actor's organisation's product data with the supply side of a bwu-plan/1 model
    /// (already strictly decoded and validated by the planning engine's reader).
    /// - Returns: the stored data and how many of the model's demands were left out.
    public func importModel(_ model: PlanningModel, actor: Actor) async throws -> (data: ProductData, ignoredDemands: Int) {
        try actor.require(.manufacturer, to: "importing product data")
        let suppliers = Set(try await OrganisationModel.query(on: context.database)
            .filter(\.$kind == OrganisationKind.supplier.rawValue).all().map(\.name))
        let data = try ProductData.from(model: model, suppliers: suppliers)
        try await store(data, format: "bwu-plan/1", actor: actor)
        return (data, model.demands.count)
    }

    private func store(_ data: ProductData, format: String, actor: Actor) async throws {
        let document = try StoredDocument.text(data)
        let now = context.now()
        try await context.audited(by: actor) { db, log in
            let stored = try await ProductDataModel.query(on: db).filter(\.$organisationID == actor.organisationID).first() ?? ProductDataModel()
            stored.organisationID = actor.organisationID
            stored.document = document
            stored.updatedBy = actor.userID
            stored.updatedAt = now
            try await stored.save(on: db)
            log.record("product-data.imported", "product-data", try stored.requireID(), [
                "items": String(data.items.count), "operations": String(data.operations.count),
                "purchaseSources": String(data.purchaseSources.count), "resources": String(data.resources.count),
                "documentSha256": SHA256Hex.digest(document), "format": format,
            ])
        }
    }

    /// The product data of an organisation the actor may see (its own, or any for programme roles).
    public func data(organisationID: UUID?, actor: Actor) async throws -> ProductData {
        try ProductionScope.requireProductionReader(actor)
        let organisation = organisationID ?? actor.organisationID
        guard ProductionScope.canSee(organisation: organisation, actor) else { throw DomainError.notFound("product data") }
        return try await Self.load(organisation, on: context.database)
    }

    static func load(_ organisation: UUID, on db: any Database) async throws -> ProductData {
        try await ProductDataModel.query(on: db).filter(\.$organisationID == organisation).first()?.data() ?? .empty(.dkk)
    }

}
