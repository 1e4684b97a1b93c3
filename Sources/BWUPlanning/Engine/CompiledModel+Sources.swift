extension CompiledModel {
    /// The sources of each item with their rolled-up unit cost (own cost plus
    /// inputs at their cheapest), the earliest bucket each item's fastest
    /// supply path can deliver, and each item's standard cost (its cheapest
    /// rolled-up unit cost). `order` lists inputs before the items made from them.
    static func rollUp(
        order: [Int], model: PlanningModel, opItem: [Int], buyItem: [Int],
        inputStart: [Int], inputItem: [Int], inputQty: [Double], initialFlow: [Double], buckets h: Int
    ) -> (byItem: [[Int]], cost: [Int: Double], earliest: [Int], standardCost: [Double]) {
        let itemCount = order.count
        var byItem = [[Int]](repeating: [], count: itemCount)
        for o in opItem.indices { byItem[opItem[o]].append(source(isPurchase: false, index: o)) }
        for p in buyItem.indices { byItem[buyItem[p]].append(source(isPurchase: true, index: p)) }

        var unitCost = [Double](repeating: 0, count: itemCount)
        var earliest = [Int](repeating: Int.max, count: itemCount)
        // Earliest bucket in which any stock of the item exists (on hand or receipt).
        var stocked = [Int](repeating: Int.max, count: itemCount)
        for i in 0..<itemCount {
            if let t = (0..<h).first(where: { initialFlow[i * h + $0] > 0 }) { stocked[i] = t }
        }
        var rolled: [Int: Double] = [:]
        for i in order {
            var best = Double.infinity
            for s in byItem[i] {
                let cost: Double
                let ready: Int
                if s < 0 {
                    let p = -s - 1
                    cost = model.purchases[p].unitCost
                    ready = model.purchases[p].leadTime
                } else {
                    var inputs = 0.0
                    var inputsReady = 0
                    for k in inputStart[s]..<inputStart[s + 1] {
                        let c = inputItem[k]
                        inputs += inputQty[k] * unitCost[c]
                        inputsReady = max(inputsReady, min(stocked[c], earliest[c]))
                    }
                    cost = model.operations[s].unitCost + inputs
                    let lead = model.operations[s].leadTime
                    ready = inputsReady == Int.max ? Int.max : inputsReady + lead
                }
                rolled[s] = cost
                best = min(best, cost)
                earliest[i] = min(earliest[i], ready)
            }
            unitCost[i] = best.isFinite ? best : 0
        }
        return (byItem, rolled, earliest, unitCost)
    }

    /// Orders each item's sources: the one taking the least scarce capacity per
    /// unit first (see `estimateCongestion`), then the cheapest; when money is
    /// scarce, the cheapest first. With `priced` (clearing prices), the
    /// sources of last resort still come last, the others by priced unit
    /// cost, then the cheapest.
    static func rank(
        _ byItem: [[Int]], cost: [Int: Double], congestion: [Int: Double], priced: [Int: Double]? = nil, byCostOnly: Bool
    ) -> (start: [Int], list: [Int], lastResort: [Int]) {
        func key(_ source: Int) -> (Double, Double, Double) {
            if let priced {
                return ((congestion[source] ?? 0) >= 1 ? 1 : 0, priced[source] ?? 0, cost[source] ?? 0)
            }
            return (byCostOnly ? 0 : congestion[source] ?? 0, 0, cost[source] ?? 0)
        }
        var start = [0], list: [Int] = [], lastResort: [Int] = []
        for sources in byItem {
            // Stable: equal keys keep model order (operations before purchases).
            let ranked = sources.enumerated().sorted { a, b in
                let ka = key(a.element), kb = key(b.element)
                return ka != kb ? ka < kb : a.offset < b.offset
            }
            list.append(contentsOf: ranked.map(\.element))
            // With an alternative at hand, a source whose resource is needed in
            // full by items without one comes last (not when money decides).
            let usable = byCostOnly || sources.count < 2 ? ranked.count
                : ranked.firstIndex { (congestion[$0.element] ?? 0) >= 1 } ?? ranked.count
            lastResort.append(start.last! + max(1, usable))
            start.append(list.count)
        }
        return (start, list, lastResort)
    }
}
