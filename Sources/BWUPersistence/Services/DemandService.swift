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
        try await scope(query, actor)
        return try await query.sort(\.$dueDate).sort(\.$priority).all().map { try $0.record() }
    }

    public func get(_ id: UUID, actor: Actor) async throws -> DemandRecord {
        let query = DemandModel.query(on: context.database).filter(\.$id == id)
        try await scope(query, actor)
        guard let demand = try await query.first() else { throw DomainError.notFound("demand") }
        return try demand.record()
    }

    /// Customers see their own demands, manufacturers the demands addressed to them, suppliers
    /// the demands for products their parts go into (per the manufacturers' product data).
    func scope(_ query: QueryBuilder<DemandModel>, _ actor: Actor) async throws {
        if actor.seesAllOrganisations { return }
        if actor.has(.customer) { query.filter(\.$customerID == actor.organisationID); return }
        if actor.has(.manufacturer) { query.filter(\.$manufacturerID == actor.organisationID); return }
        if actor.has(.supplier) { query.filter(\.$productID ~~ (try await productsUsingParts(of: actor))); return }
        throw DomainError.forbidden("reading demands requires the role customer, manufacturer, supplier, programme-officer, finance-officer, auditor or admin")
    }

    private func productsUsingParts(of supplier: Actor) async throws -> [UUID] {
        guard let name = try await OrganisationModel.find(supplier.organisationID, on: context.database)?.name else { return [] }
        var products: [UUID] = []
        for stored in try await ProductDataModel.query(on: context.database).all() {
            let data = try stored.data()
            let supplied = data.itemsSupplied(by: name)
            guard !supplied.isEmpty else { continue }
            let dependants = data.itemsDepending(on: supplied)
            products += try await ProductModel.query(on: context.database).filter(\.$organisationID == stored.organisationID)
                .filter(\.$code ~~ Array(dependants)).all().map { try $0.requireID() }
        }
        return products
    }
}
