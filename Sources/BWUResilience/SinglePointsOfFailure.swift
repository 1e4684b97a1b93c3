import BWUPlanning

/// An item with only one source (one supplier, or operations at one location)
/// or none at all, and the demand that cannot be served without it.
public struct SinglePointOfFailure: Codable, Sendable, Equatable {
    /// The single-sourced item.
    public var item: String
    /// What the one source is: `"supplier PL-MOTORS"`, `"location UA"`, or `"none"` when
    /// the item can only come from stock and receipts.
    public var source: String
    /// Ids of the operations or purchase sources behind that one source (empty for `"none"`).
    public var sourceIDs: [String]
    /// Demanded items that cannot be obtained without this item (except from their own
    /// stock): every source of each is an operation that consumes it, directly or through
    /// another such item. A parent that can also be bought breaks the chain.
    public var dependantEndItems: [String]
    /// Demands of those end items, in model order.
    public var demands: [String]
    /// Σ qty of those demands: the quantity at risk, in units of the end items.
    public var qtyAtRisk: Double
    /// Σ value·qty of those demands.
    public var valueAtRisk: Double
    /// `valueAtRisk` as a share of Σ value·qty over all demands.
    public var shareOfDemandValue: Double
}

extension SupplyIndex {
    /// Every single-sourced item that some demand depends on, the most value at risk first
    /// (ties by item id). Items single-sourced but needed by no demand are left out: losing
    /// them cannot hurt a delivery.
    func singlePointsOfFailure() -> [SinglePointOfFailure] {
        let totalValue = model.demands.reduce(0) { $0 + $1.value * $1.qty }
        var result: [SinglePointOfFailure] = []
        for i in model.items.indices {
            let keys = Set(sources[i].map(sourceKey))
            guard keys.count <= 1 else { continue }
            let dependants = hardDependants(of: i).filter { !demandsOfItem[$0].isEmpty }
            guard !dependants.isEmpty else { continue }
            let demandIndices = dependants.flatMap { demandsOfItem[$0] }.sorted()
            let demands = demandIndices.map { model.demands[$0] }
            let value = demands.reduce(0) { $0 + $1.value * $1.qty }
            result.append(SinglePointOfFailure(
                item: model.items[i].id,
                source: keys.first ?? "none",
                sourceIDs: sources[i].map { id(of: $0) },
                dependantEndItems: dependants.map { model.items[$0].id }.sorted(),
                demands: demands.map(\.id),
                qtyAtRisk: demands.reduce(0) { $0 + $1.qty },
                valueAtRisk: value,
                shareOfDemandValue: totalValue > 0 ? value / totalValue : 0))
        }
        return result.sorted { a, b in
            a.valueAtRisk != b.valueAtRisk ? a.valueAtRisk > b.valueAtRisk : a.item < b.item
        }
    }
}
