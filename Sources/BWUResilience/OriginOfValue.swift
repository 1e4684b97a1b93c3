import BWUPlanning

/// Which source of each item the origin roll-up follows.
public enum OriginBasis: String, Codable, Sendable, CaseIterable {
    /// The mix of sources in the baseline plan, weighted by planned quantity; an item
    /// the plan neither makes nor buys falls back to its cheapest source.
    case planned
    /// Each item's cheapest source by rolled-up unit cost (ties: model order, operations first).
    case cheapest
}

/// Part of an item's rolled-up unit value that comes from one country.
public struct CountryShare: Codable, Sendable, Equatable {
    /// ISO 3166-1 alpha-2 code (an operation's `location`), or `"unknown"`.
    public var country: String
    /// Value per unit of the end item from this country, in the model's currency.
    public var value: Double
    /// `value` / the end item's unit value.
    public var share: Double
    public var allied: Bool
}

/// Origin of the value of one demanded item through its whole bill of materials.
public struct OriginOfValue: Codable, Sendable, Equatable {
    public var item: String
    /// Rolled-up unit value: operation costs plus purchased inputs, through every level.
    public var unitValue: Double
    /// By country, largest first.
    public var countries: [CountryShare]
    /// Share of `unitValue` from allied countries (1 when the value is 0).
    public var alliedShare: Double
    /// True when `alliedShare` is below the threshold.
    public var belowThreshold: Bool
}

extension SupplyIndex {
    /// Rolls value up the BOM for every demanded item: a purchase adds its unit cost to its
    /// country; an operation adds its unit cost to its location and its inputs' values
    /// times the quantity consumed. Stock-only items add nothing.
    /// - Parameters:
    ///   - basis: which source of each item to follow.
    ///   - plan: the baseline plan (used by `.planned`).
    ///   - allied: allied country codes.
    ///   - threshold: allied share below which an item is flagged.
    func originOfValue(basis: OriginBasis, plan: PlanResult, allied: Set<String>, threshold: Double) -> [OriginOfValue] {
        let weights = sourceWeights(basis: basis, plan: plan)
        var value = [[String: Double]](repeating: [:], count: model.items.count)
        for i in inputsFirst {
            var mix: [String: Double] = [:]
            for (source, weight) in weights[i] {
                for (country, v) in unitValue(of: source, inputs: value) { mix[country, default: 0] += weight * v }
            }
            value[i] = mix
        }
        return endItems.map { i in
            // Summed in country order: dictionary order varies, and so would the last digit.
            let byCountry = value[i].sorted { $0.key < $1.key }
            let total = byCountry.reduce(0) { $0 + $1.value }
            let countries = byCountry.map { country, v in
                CountryShare(country: country, value: v, share: total > 0 ? v / total : 0, allied: allied.contains(country))
            }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.country < $1.country }
            let alliedValue = countries.filter(\.allied).reduce(0) { $0 + $1.value }
            let share = total > 0 ? alliedValue / total : 1
            return OriginOfValue(item: model.items[i].id, unitValue: total, countries: countries,
                                 alliedShare: share, belowThreshold: share < threshold)
        }
    }

    /// Value by country of one unit from `source`, given the inputs' values.
    private func unitValue(of source: SourceRef, inputs: [[String: Double]]) -> [String: Double] {
        switch source {
        case .purchase(let p):
            let buy = model.purchases[p]
            return [buy.country ?? "unknown": buy.unitCost]
        case .operation(let o):
            let op = model.operations[o]
            var mix: [String: Double] = [location(ofOperation: o) ?? "unknown": op.unitCost]
            for c in op.consumes {
                for (country, v) in inputs[itemIndex[c.item]!] { mix[country, default: 0] += c.qty * v }
            }
            return mix
        }
    }

    /// For each item, the sources followed and their weights (summing to 1, or empty).
    private func sourceWeights(basis: OriginBasis, plan: PlanResult) -> [[(SourceRef, Double)]] {
        var planned: [SourceRef: Double] = [:]
        if basis == .planned {
            var opIndex: [String: Int] = [:], buyIndex: [String: Int] = [:]
            for (o, op) in model.operations.enumerated() { opIndex[op.id] = o }
            for (p, buy) in model.purchases.enumerated() { buyIndex[buy.id] = p }
            for entry in plan.operations { if let o = opIndex[entry.operation] { planned[.operation(o), default: 0] += entry.qty } }
            for entry in plan.purchases { if let p = buyIndex[entry.purchase] { planned[.purchase(p), default: 0] += entry.qty } }
        }
        let cheapest = cheapestSources()
        return model.items.indices.map { i in
            let total = sources[i].reduce(0) { $0 + (planned[$1] ?? 0) }
            if total > 0 {
                return sources[i].compactMap { s in planned[s].map { (s, $0 / total) } }
            }
            return cheapest[i].map { [($0, 1.0)] } ?? []
        }
    }

    /// Each item's cheapest source by rolled-up unit cost, `nil` for stock-only items.
    func cheapestSources() -> [SourceRef?] {
        var cost = [Double](repeating: 0, count: model.items.count)
        var best = [SourceRef?](repeating: nil, count: model.items.count)
        for i in inputsFirst {
            var lowest = Double.infinity
            for source in sources[i] {
                let c: Double
                switch source {
                case .purchase(let p): c = model.purchases[p].unitCost
                case .operation(let o):
                    let op = model.operations[o]
                    c = op.consumes.reduce(op.unitCost) { $0 + $1.qty * cost[itemIndex[$1.item]!] }
                }
                if c < lowest {
                    lowest = c
                    best[i] = source
                }
            }
            cost[i] = lowest.isFinite ? lowest : 0
        }
        return best
    }
}
