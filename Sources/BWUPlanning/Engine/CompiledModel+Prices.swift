extension CompiledModel {
    /// Prices of capacity that clear an overloaded model, roughly: every
    /// resource and capped supplier starts at one bucket's capacity per unit;
    /// each item's demand is shared among its sources by their priced unit
    /// cost (the `1/cost⁸` share, so the cheaper source takes most), the
    /// load that results raises the price of overloaded capacity and lowers
    /// that of the rest (`price · √(load / capacity)`), ten rounds. Only
    /// relative prices matter. Used to demote sources that waste capacity
    /// (`rank`) and by the second serving order tried on overloaded models
    /// (`Planner`).
    static func clearingPrices(
        order: [Int], byItem: [[Int]], demandQty: [Double],
        inputStart: [Int], inputItem: [Int], inputQty: [Double],
        loadStart: [Int], loadResource: [Int], loadPerUnit: [Double],
        resourceCapacity: [Double], buyCapacity: [Double], buckets h: Int, rounds: Int = 10
    ) -> ClearingPrices {
        let resources = resourceCapacity.count / max(1, h)
        let buys = buyCapacity.count / max(1, h)
        var resourceTotal = [Double](repeating: 0, count: resources)
        for r in 0..<resources { for t in 0..<h { resourceTotal[r] += resourceCapacity[r * h + t] } }
        var buyTotal = [Double](repeating: 0, count: buys)
        for p in 0..<buys { for t in 0..<h { buyTotal[p] += buyCapacity[p * h + t] } }
        var resourcePrice = resourceTotal.map { $0 > 0 ? Double(h) / $0 : 1 }
        var buyPrice = buyTotal.map { $0.isFinite && $0 > 0 ? Double(h) / $0 : 0 }
        var itemCost = [Double](repeating: 0, count: demandQty.count)
        // Priced cost per source: operation o at o, purchase p at operations + p.
        let operations = loadStart.count - 1
        var sourceCost = [Double](repeating: 0, count: operations + buys)
        var capacityCost = [Double](repeating: 0, count: operations + buys)
        func slot(_ source: Int) -> Int { source >= 0 ? source : operations - source - 1 }
        var need = demandQty
        var load = [Double](repeating: 0, count: resources)
        var ordered = [Double](repeating: 0, count: buys)
        var shares: [Double] = []
        for round in 0...rounds {
            // Priced unit cost of every source and item, inputs first.
            for i in order where !byItem[i].isEmpty {
                var best = Double.infinity
                for source in byItem[i] {
                    var w = 0.0
                    if source < 0 {
                        w = buyPrice[-source - 1]
                        capacityCost[slot(source)] = w
                    } else {
                        for k in loadStart[source]..<loadStart[source + 1] { w += loadPerUnit[k] * resourcePrice[loadResource[k]] }
                        capacityCost[slot(source)] = w
                        for k in inputStart[source]..<inputStart[source + 1] { w += inputQty[k] * itemCost[inputItem[k]] }
                    }
                    sourceCost[slot(source)] = w
                    best = min(best, w)
                }
                itemCost[i] = best
            }
            if round == rounds { break }
            // All demand exploded, each item shared among its sources by priced cost.
            need = demandQty
            for r in load.indices { load[r] = 0 }
            for p in ordered.indices { ordered[p] = 0 }
            for i in order.reversed() where need[i] > 0 && !byItem[i].isEmpty {
                let best = itemCost[i]
                shares.removeAll(keepingCapacity: true)
                var total = 0.0
                for source in byItem[i] {
                    let w = sourceCost[slot(source)]
                    var s = best <= 0 ? (w <= 0 ? 1.0 : 0.0) : best / w
                    if best > 0 { s *= s; s *= s; s *= s }
                    shares.append(s)
                    total += s
                }
                for (n, source) in byItem[i].enumerated() {
                    let q = need[i] * shares[n] / total
                    if q <= 0 { continue }
                    if source < 0 { ordered[-source - 1] += q; continue }
                    for k in loadStart[source]..<loadStart[source + 1] { load[loadResource[k]] += q * loadPerUnit[k] }
                    for k in inputStart[source]..<inputStart[source + 1] { need[inputItem[k]] += q * inputQty[k] }
                }
            }
            for r in 0..<resources where resourceTotal[r] > 0 {
                resourcePrice[r] *= max(load[r] / resourceTotal[r], 1e-3).squareRoot()
            }
            for p in 0..<buys where buyTotal[p].isFinite && buyTotal[p] > 0 {
                buyPrice[p] *= max(ordered[p] / buyTotal[p], 1e-3).squareRoot()
            }
            let top = max(resourcePrice.max() ?? 0, buyPrice.max() ?? 0)
            if top > 0 {
                for r in resourcePrice.indices { resourcePrice[r] /= top }
                for p in buyPrice.indices { buyPrice[p] /= top }
            }
        }
        var prices = ClearingPrices(perItem: itemCost)
        prices.bySource.reserveCapacity(sourceCost.count)
        prices.capacityBySource.reserveCapacity(sourceCost.count)
        for n in sourceCost.indices {
            let source = n < operations ? n : operations - n - 1
            prices.bySource[source] = sourceCost[n]
            prices.capacityBySource[source] = capacityCost[n]
        }
        return prices
    }
}

/// What `clearingPrices` finds, per unit.
struct ClearingPrices {
    /// Each source's priced unit cost: the capacity it takes itself
    /// (`capacityBySource`) plus its inputs at their items' priced cost.
    var bySource: [Int: Double] = [:]
    /// The capacity each source takes itself (resources or its supplier), priced.
    var capacityBySource: [Int: Double] = [:]
    /// Each item's priced unit cost (its cheapest source's).
    var perItem: [Double]
}
