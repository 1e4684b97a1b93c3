extension GeneratorBuilder {
    /// Sets resource and supplier capacities and the budget from a rough
    /// explosion of all demand through the bill of materials (making and
    /// buying shared among the sources of an item), scaled by the profile.
    mutating func calibrate() {
        let n = model.items.count
        var need = [Double](repeating: 0, count: n)
        for demand in model.demands { need[itemIndex[demand.item]!] += demand.qty }
        var madeBy = [[Int]](repeating: [], count: n)
        var boughtBy = [[Int]](repeating: [], count: n)
        for (o, op) in model.operations.enumerated() { madeBy[itemIndex[op.item]!].append(o) }
        for (p, buy) in model.purchases.enumerated() { boughtBy[itemIndex[buy.item]!].append(p) }
        var resourceIndex: [String: Int] = [:]
        for (r, resource) in model.resources.enumerated() { resourceIndex[resource.id] = r }
        var load = [Double](repeating: 0, count: model.resources.count)
        var ordered = [Double](repeating: 0, count: model.purchases.count)
        var cost = 0.0

        // Items were created inputs first, so walking backwards meets every parent before its inputs.
        for i in stride(from: n - 1, through: 0, by: -1) where need[i] > 0 {
            let makeShare = madeBy[i].isEmpty ? 0 : (boughtBy[i].isEmpty ? 1 : 0.7)
            for o in madeBy[i] {
                let op = model.operations[o]
                let qty = need[i] * makeShare / Double(madeBy[i].count)
                cost += qty * op.unitCost
                for l in op.loads { load[resourceIndex[l.resource]!] += qty * l.perUnit }
                for c in op.consumes { need[itemIndex[c.item]!] += qty * c.qty }
            }
            for p in boughtBy[i] {
                let qty = need[i] * (1 - makeShare) / Double(boughtBy[i].count)
                ordered[p] += qty
                cost += qty * model.purchases[p].unitCost
            }
        }

        // Most demand falls due in the later four fifths of the horizon.
        let effective = max(1, Double(h) * 0.8)
        let factor = settings.profile.capacityFactor
        for r in model.resources.indices {
            let perBucket = max(10, (factor * load[r] / effective).rounded(.up))
            if h >= 8 && rng.chance(0.3) {
                // A maintenance shutdown: one or two weeks without capacity.
                let stop = rng.int(2...(h - 3))
                let weeks = rng.int(1...2)
                model.resources[r].capacity = .perBucket((0..<h).map { t in t >= stop && t < stop + weeks ? 0 : perBucket })
            } else {
                model.resources[r].capacity = .uniform(perBucket)
            }
        }
        for p in cappedPurchases {
            let perBucket = max(model.purchases[p].minLot, 10, (factor * ordered[p] / effective / 10).rounded(.up) * 10)
            model.purchases[p].capacity = .uniform(perBucket)
        }
        model.budget = tranches(total: (cost * settings.profile.budgetFactor).rounded(.up))
    }

    /// Quarterly tranches: 40 % at once, the rest in equal parts every 13 weeks.
    func tranches(total: Double) -> [Double] {
        let releases = Array(stride(from: 0, to: h, by: 13))
        var budget = [Double](repeating: 0, count: releases.last.map { $0 + 1 } ?? 1)
        if releases.count == 1 {
            budget[0] = total
            return budget
        }
        budget[0] = (total * 0.4).rounded()
        for t in releases.dropFirst() { budget[t] = (total * 0.6 / Double(releases.count - 1)).rounded() }
        return budget
    }
}
