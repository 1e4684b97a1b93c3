extension CompiledModel {
    /// Orders each item's sources by rolled-up unit cost (the source's own cost
    /// plus its inputs at their cheapest), ties by model order, and computes the
    /// earliest bucket each item's fastest supply path can deliver.
    static func rankSources(
        order: [Int], model: PlanningModel, opItem: [Int], buyItem: [Int],
        inputStart: [Int], inputItem: [Int], inputQty: [Double], initialFlow: [Double], buckets h: Int
    ) -> (start: [Int], list: [Int], earliest: [Int]) {
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
        var start = [0], list: [Int] = []
        for i in 0..<itemCount {
            // Stable: equal cost keeps model order (operations before purchases).
            let ranked = byItem[i].enumerated().sorted { a, b in
                let ca = rolled[a.element] ?? 0, cb = rolled[b.element] ?? 0
                return ca != cb ? ca < cb : a.offset < b.offset
            }
            list.append(contentsOf: ranked.map(\.element))
            start.append(list.count)
        }
        return (start, list, earliest)
    }
}
