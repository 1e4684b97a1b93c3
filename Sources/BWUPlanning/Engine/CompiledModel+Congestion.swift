extension CompiledModel {
    /// The scarce capacity one unit takes, per source and per item (along the
    /// item's least scarce source). Utilisation of resources and supplier
    /// capacities is estimated by exploding all demand through the bill of
    /// materials with each item's quantity shared equally among its sources;
    /// only capacity expected to be overloaded has a price. A rough estimate,
    /// used only to order alternates and demands; 0 everywhere when nothing is
    /// expected to be overloaded.
    static func estimateCongestion(
        order: [Int], byItem: [[Int]], demandQty: [Double],
        inputStart: [Int], inputItem: [Int], inputQty: [Double],
        loadStart: [Int], loadResource: [Int], loadPerUnit: [Double],
        resourceCapacity: [Double], buyCapacity: [Double], buckets h: Int
    ) -> (bySource: [Int: Double], scarcityPerUnit: [Double]) {
        var need = demandQty
        var load = [Double](repeating: 0, count: resourceCapacity.count / max(1, h))
        // Load from items that have no alternative: it must go where it goes.
        var mustUse = load
        var ordered = [Double](repeating: 0, count: buyCapacity.count / max(1, h))
        // `order` has inputs first, so walking it backwards meets parents first.
        for i in order.reversed() where need[i] > 0 && !byItem[i].isEmpty {
            let share = need[i] / Double(byItem[i].count)
            for source in byItem[i] {
                if source < 0 {
                    ordered[-source - 1] += share
                    continue
                }
                for k in loadStart[source]..<loadStart[source + 1] {
                    load[loadResource[k]] += share * loadPerUnit[k]
                    if byItem[i].count == 1 { mustUse[loadResource[k]] += share * loadPerUnit[k] }
                }
                for k in inputStart[source]..<inputStart[source + 1] { need[inputItem[k]] += share * inputQty[k] }
            }
        }
        func utilisation(_ used: Double, _ capacity: ArraySlice<Double>) -> Double {
            let total = capacity.reduce(0, +)
            if total.isInfinite { return 0 }
            return total > 0 ? used / total : (used > 0 ? .infinity : 0)
        }
        // Price of one unit of load: the share of an average bucket's capacity
        // it takes, weighted by the expected overload; 0 unless overloaded.
        func price(_ used: Double, _ capacity: ArraySlice<Double>) -> Double {
            let u = utilisation(used, capacity)
            guard u > 1 else { return 0 }
            let perBucket = capacity.reduce(0, +) / Double(max(1, h))
            return perBucket > 0 ? u / perBucket : u
        }
        var congestion: [Int: Double] = [:]
        var scarcity = [Double](repeating: 0, count: need.count)
        for i in order where !byItem[i].isEmpty {
            var best = Double.infinity
            for source in byItem[i] {
                var w = 0.0
                if source < 0 {
                    let p = -source - 1
                    w = price(ordered[p], buyCapacity[(p * h)..<(p * h + h)])
                } else {
                    for k in loadStart[source]..<loadStart[source + 1] {
                        let r = loadResource[k]
                        w += loadPerUnit[k] * price(load[r], resourceCapacity[(r * h)..<(r * h + h)])
                    }
                    for k in inputStart[source]..<inputStart[source + 1] { w += inputQty[k] * scarcity[inputItem[k]] }
                }
                best = min(best, w)
                // An alternate is ranked by how much of its tightest resource
                // items without an alternative already need.
                var exclusive = 0.0
                if source >= 0 {
                    for k in loadStart[source]..<loadStart[source + 1] {
                        let r = loadResource[k]
                        exclusive = max(exclusive, utilisation(mustUse[r], resourceCapacity[(r * h)..<(r * h + h)]))
                    }
                }
                congestion[source] = exclusive
            }
            scarcity[i] = best
        }
        return (congestion, scarcity)
    }
}
