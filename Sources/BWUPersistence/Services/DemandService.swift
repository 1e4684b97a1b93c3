import BWUDomain
import Fluent
import Foundation

/// Armed-forces customers' demands on manufacturers.
public struct DemandService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    public func post(productID: UUID, quantity: Int, dueDate: CalendarDate, priority: Int, actor: Actor) async throws -> DemandRecord {
        try actor.require(.customer, to: "posting a demand")
        guard quantity > 0 else { throw DomainError.invalid("quantity", "must be greater than zero") }
        guard (1...9).contains(priority) else { throw DomainError.invalid("priority", "must be 1 (most urgent) to 9") }
        return try await context.audited(by: actor) { db, log in
            guard let product = try await ProductModel.find(productID, on: db) else {
                throw DomainError.invalid("productId", "no such product")
            }
            let demand = DemandModel()
            demand.id = UUID()
            demand.customerID = actor.organisationID
            demand.manufacturerID = product.organisationID
            demand.productID = productID
            demand.quantity = quantity
            demand.dueDate = dueDate.description
            demand.priority = priority
            demand.status = DemandRecord.Status.open.rawValue
            demand.acceptedQuantity = 0
            try await demand.create(on: db)
            log.record("demand.posted", "demand", try demand.requireID(), [
                "product": productID.uuidString, "manufacturer": product.organisationID.uuidString,
                "quantity": String(quantity), "dueDate": dueDate.description, "priority": String(priority),
            ])
            return try demand.record()
        }
    }

    public func list(actor: Actor) async throws -> [DemandRecord] {
        let query = DemandModel.query(on: context.database)
        try Self.scope(query, actor)
        return try await query.sort(\.$dueDate).sort(\.$priority).all().map { try $0.record() }
    }

    public func get(_ id: UUID, actor: Actor) async throws -> DemandRecord {
        let query = DemandModel.query(on: context.database).filter(\.$id == id)
        try Self.scope(query, actor)
        guard let demand = try await query.first() else { throw DomainError.notFound("demand") }
        return try demand.record()
    }

    /// Customers see their own demands, manufacturers the demands addressed to them.
    static func scope(_ query: QueryBuilder<DemandModel>, _ actor: Actor) throws {
        if actor.seesAllOrganisations { return }
        if actor.has(.customer) { query.filter(\.$customerID == actor.organisationID); return }
        if actor.has(.manufacturer) { query.filter(\.$manufacturerID == actor.organisationID); return }
        throw DomainError.forbidden("reading demands requires the role customer, manufacturer, programme-officer, finance-officer, auditor or admin")
    }
}
