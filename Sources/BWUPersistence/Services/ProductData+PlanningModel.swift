import BWUDomain
import BWUPlanning

extension ProductData {
    /// Reads a manufacturer's product data from a bwu-plan/1 model: items, resources, operations,
    /// purchase sources, stock and open orders. The model's demands and budget are not product
    /// data (customers post demands in bwu) and are left out, which the caller reports.
    /// - Throws: ``ImportErrors`` naming the JSON path of everything that cannot be stored.
    static func from(model: PlanningModel, suppliers: Set<String>) throws -> ProductData {
        var errors: [ImportError] = []
        func fail(_ path: String, _ reason: String) { errors.append(ImportError(file: "model", line: 0, column: path, reason: reason)) }
        func minor(_ amount: Double, _ path: String) -> Int64 {
            let value = (amount * 100).rounded()
            if abs(value - amount * 100) > 1e-6 || value < 0 || value > 9e15 { fail(path, "not an amount in whole øre") }
            return Int64(value)
        }
        func weekly(_ capacity: Capacity?, _ path: String) -> Double? {
            switch capacity {
            case nil: return nil
            case .uniform(let value): return value
            case .perBucket(let values):
                // Stored product data keeps one weekly capacity; a varying one would be silently flattened.
                guard let first = values.first, values.allSatisfy({ $0 == first }) else {
                    fail(path, "a capacity that varies by bucket cannot be stored as product data; give one weekly figure")
                    return nil
                }
                return first
            }
        }
        guard model.horizon.bucketDays == 7 else {
            throw ImportErrors(errors: [ImportError(file: "model", line: 0, column: "horizon.bucketDays", reason: "product data is weekly; expected 7")])
        }
        let start = try CalendarDate(model.horizon.start, field: "horizon.start")
        var data = ProductData.empty(try CurrencyCode(model.currency, field: "currency"))
        data.items = model.items.map { .init(code: $0.id, name: $0.name ?? $0.id, unit: $0.unit ?? "pcs") }
        data.resources = model.resources.enumerated().map { index, resource in
            if resource.location == nil { fail("resources[\(index)].location", "is required for stored product data") }
            return .init(code: resource.id, location: resource.location ?? "", capacityPerWeek: weekly(resource.capacity, "resources[\(index)].capacity") ?? 0)
        }
        data.operations = model.operations.enumerated().map { index, op in
            if op.location == nil { fail("operations[\(index)].location", "is required for stored product data") }
            return .init(
                code: op.id, item: op.item, location: op.location ?? "", leadTimeWeeks: op.leadTime,
                unitCostMinor: minor(op.unitCost, "operations[\(index)].unitCost"), minLot: op.minLot, lotMultiple: op.lotMultiple,
                inputs: op.consumes.map { .init(item: $0.item, qty: $0.qty) }, loads: op.loads.map { .init(resource: $0.resource, perUnit: $0.perUnit) })
        }
        data.purchaseSources = model.purchases.enumerated().map { index, purchase in
            let supplier = purchase.supplier ?? ""
            if !suppliers.contains(supplier) { fail("purchases[\(index)].supplier", "'\(supplier)' is not a registered supplier") }
            if purchase.country == nil { fail("purchases[\(index)].country", "is required for stored product data") }
            return .init(
                code: purchase.id, item: purchase.item, supplier: supplier, country: purchase.country ?? "",
                leadTimeWeeks: purchase.leadTime, unitCostMinor: minor(purchase.unitCost, "purchases[\(index)].unitCost"),
                capacityPerWeek: weekly(purchase.capacity, "purchases[\(index)].capacity"), minLot: purchase.minLot, lotMultiple: purchase.lotMultiple)
        }
        data.stock = model.onHand.map { .init(item: $0.item, qty: $0.qty) }
        data.openOrders = model.receipts.map { .init(item: $0.item, due: start.adding(days: 7 * $0.bucket).description, qty: $0.qty) }
        guard errors.isEmpty else { throw ImportErrors(errors: errors) }
        return data
    }
}
