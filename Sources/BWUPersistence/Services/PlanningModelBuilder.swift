import BWUDomain
import BWUPlanning
import Fluent
import Foundation

/// Builds the bwu-plan/1 model of one manufacturer from stored data: its product data, and the
/// open demands addressed to it, on a 52-week horizon starting the Monday of the current week.
public enum PlanningModelBuilder {
    public static let buckets = 52

    public static func model(organisationID: UUID, today: CalendarDate, on db: any Database) async throws -> PlanningModel {
        let data = try await ProductDataService.load(organisationID, on: db)
        // 1970-01-01 was a Thursday: day numbers give the weekday without a calendar.
        let start = today.adding(days: -((today.dayNumber + 3) % 7))
        func bucket(_ date: CalendarDate) -> Int { max(0, (date.dayNumber - start.dayNumber) / 7) }
        func money(_ minor: Int64) -> Double { Double(minor) / 100 }

        var items = data.items.map { Item(id: $0.code, name: $0.name, unit: $0.unit) }
        let products = Dictionary(uniqueKeysWithValues: try await ProductModel.query(on: db)
            .filter(\.$organisationID == organisationID).all().map { (try $0.requireID(), $0) })
        let demands = try await DemandModel.query(on: db).filter(\.$manufacturerID == organisationID)
            .filter(\.$status == DemandRecord.Status.open.rawValue).sort(\.$dueDate).sort(\.$id).all()
        let deliveries = try await DeliveryModel.query(on: db).filter(\.$manufacturerID == organisationID).all()
        let customers = Dictionary(uniqueKeysWithValues: try await OrganisationModel.query(on: db).all().map { (try $0.requireID(), $0.name) })

        var planDemands: [BWUPlanning.Demand] = []
        for demand in demands {
            guard let product = products[demand.productID] else { continue }
            // What the customer still lacks: refused units are owed again, shipped ones are on their way.
            let delivered = deliveries.filter { $0.demandID == demand.id }
                .reduce(0) { $0 + ($1.status == DeliveryRecord.Status.shipped.rawValue ? $1.quantity : $1.acceptedQuantity) }
            let remaining = demand.quantity - delivered
            guard remaining > 0 else { continue }
            if !items.contains(where: { $0.id == product.code }) { items.append(Item(id: product.code, name: product.name, unit: "pcs")) }
            planDemands.append(BWUPlanning.Demand(
                id: try demand.requireID().uuidString, customer: customers[demand.customerID], item: product.code,
                qty: Double(remaining), due: min(buckets - 1, bucket(try CalendarDate(demand.dueDate, field: "dueDate"))),
                priority: demand.priority, value: 1))
        }

        return PlanningModel(
            currency: data.currency,
            horizon: Horizon(start: start.description, bucketDays: 7, buckets: buckets),
            items: items,
            resources: data.resources.map { Resource(id: $0.code, location: $0.location, capacity: .uniform($0.capacityPerWeek)) },
            operations: data.operations.map { op in
                Operation(
                    id: op.code, item: op.item, location: op.location, leadTime: op.leadTimeWeeks, unitCost: money(op.unitCostMinor),
                    minLot: op.minLot, lotMultiple: op.lotMultiple,
                    consumes: op.inputs.map { Consumption(item: $0.item, qty: $0.qty) },
                    loads: op.loads.map { Load(resource: $0.resource, perUnit: $0.perUnit) })
            },
            purchases: data.purchaseSources.map(purchase),
            onHand: data.stock.map { StockLevel(item: $0.item, qty: $0.qty) },
            receipts: try data.openOrders.compactMap { order in
                let at = bucket(try CalendarDate(order.due, field: "due_date"))
                return at < buckets ? Receipt(item: order.item, bucket: at, qty: order.qty) : nil
            },
            demands: planDemands,
            budget: nil)
    }

    /// A stored purchase source as the planner reads it (weekly capacity, cost in currency units).
    static func purchase(_ source: ProductData.PurchaseSource) -> Purchase {
        Purchase(
            id: source.code, item: source.item, supplier: source.supplier, country: source.country,
            leadTime: source.leadTimeWeeks, unitCost: Double(source.unitCostMinor) / 100,
            capacity: source.capacityPerWeek.map { .uniform($0) }, minLot: source.minLot, lotMultiple: source.lotMultiple)
    }
}
