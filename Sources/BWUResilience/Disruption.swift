import BWUPlanning

/// What drops out in a disruption scenario.
public enum DisruptionKind: String, Codable, Sendable, CaseIterable {
    /// Every purchase source with this `supplier`.
    case supplier
    /// Every purchase source with this `country` (the supplier's country).
    case country
    /// Every operation at this facility location (its `location`, or that of the first
    /// resource it loads when it has none).
    case location
}

/// One disruption: a kind, a name and the sources it removes.
struct Disruption: Sendable {
    var kind: DisruptionKind
    var name: String
    var operations: Set<Int> = []
    var purchases: Set<Int> = []
}

extension SupplyIndex {
    /// Every supplier, country and facility location of the model, each as a disruption,
    /// in that order and by name within each kind. Sources without the attribute
    /// (no supplier, no country, no location) are never removed.
    /// - Parameter kinds: which kinds to build.
    func disruptions(kinds: Set<DisruptionKind>) -> [Disruption] {
        var bySupplier: [String: Set<Int>] = [:], byCountry: [String: Set<Int>] = [:], byLocation: [String: Set<Int>] = [:]
        for (p, buy) in model.purchases.enumerated() {
            if let supplier = buy.supplier { bySupplier[supplier, default: []].insert(p) }
            if let country = buy.country { byCountry[country, default: []].insert(p) }
        }
        for o in model.operations.indices {
            if let location = location(ofOperation: o) { byLocation[location, default: []].insert(o) }
        }
        var result: [Disruption] = []
        if kinds.contains(.supplier) {
            result += bySupplier.keys.sorted().map { Disruption(kind: .supplier, name: $0, purchases: bySupplier[$0]!) }
        }
        if kinds.contains(.country) {
            result += byCountry.keys.sorted().map { Disruption(kind: .country, name: $0, purchases: byCountry[$0]!) }
        }
        if kinds.contains(.location) {
            result += byLocation.keys.sorted().map { Disruption(kind: .location, name: $0, operations: byLocation[$0]!) }
        }
        return result
    }
}
