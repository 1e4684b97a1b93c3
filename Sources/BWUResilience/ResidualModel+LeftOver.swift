import BWUPlanning

/// The per-bucket ledgers of the kept plan (baseline minus cut lots plus repaired
/// orders), and what they leave free: stock that can be taken without a later bucket
/// going short, and money that can be spent without passing the cumulative budget.
struct LeftOver {
    let h: Int
    var flow: [Double]
    var load: [Double]
    var ordered: [Double]
    var spend: [Double]

    init(cut: PlanCut, ledger: BaselineLedger, index: SupplyIndex, added: [(key: Int, qty: Double)]) {
        let base = index.model
        h = ledger.h
        flow = ledger.flow
        load = ledger.load
        ordered = ledger.ordered
        spend = ledger.spend
        for entry in added {
            let (p, t) = (entry.key / h, entry.key % h), buy = base.purchases[p]
            flow[index.itemIndex[buy.item]! * h + t + buy.leadTime] += entry.qty
            ordered[entry.key] += entry.qty
            spend[t] += entry.qty * buy.unitCost
        }
        for (k, lot) in ledger.opLots.enumerated() where cut.opCut[k] {
            let op = base.operations[lot.source]
            flow[index.itemIndex[op.item]! * h + lot.bucket + op.leadTime] -= lot.qty
            for input in ledger.opInputs[lot.source] { flow[input.item * h + lot.bucket] += lot.qty * input.perUnit }
            for l in ledger.opLoads[lot.source] { load[l.resource * h + lot.bucket] -= lot.qty * l.perUnit }
            spend[lot.bucket] -= lot.qty * op.unitCost
        }
        for (k, lot) in ledger.buyLots.enumerated() where cut.buyCut[k] {
            let buy = base.purchases[lot.source]
            flow[index.itemIndex[buy.item]! * h + lot.bucket + buy.leadTime] -= lot.qty
            ordered[lot.source * h + lot.bucket] -= lot.qty
            spend[lot.bucket] -= lot.qty * buy.unitCost
        }
        for (k, lot) in ledger.deliveries.enumerated() where cut.kept[k] < lot.qty {
            flow[index.itemIndex[base.demands[lot.source].item]! * h + lot.bucket] += lot.qty - cut.kept[k]
        }
    }

    /// Free stock of item `i` as arrivals (bucket, quantity): the amount that can be
    /// taken in bucket t is the lowest stock level from t on.
    func freeStock(of i: Int) -> [(bucket: Int, qty: Double)] {
        var stock = 0.0, free = [Double](repeating: 0, count: h)
        for t in 0..<h {
            stock += flow[i * h + t]
            free[t] = stock
        }
        return arrivals(suffixMinimum(free))
    }

    /// Money per bucket that can be spent on top of the kept plan's.
    func freeMoney(budget: [Double]) -> [Double] {
        var have = 0.0, used = 0.0, free = [Double](repeating: 0, count: h)
        for t in 0..<h {
            have += t < budget.count ? budget[t] : 0
            used += spend[t]
            free[t] = have - used
        }
        var money = [Double](repeating: 0, count: h)
        for arrival in arrivals(suffixMinimum(free)) { money[arrival.bucket] = arrival.qty }
        return money
    }

    private func suffixMinimum(_ levels: [Double]) -> [Double] {
        var result = levels
        for t in stride(from: h - 2, through: 0, by: -1) { result[t] = min(result[t], result[t + 1]) }
        return result
    }

    /// The increases of a non-decreasing level (negative levels count as 0).
    private func arrivals(_ levels: [Double]) -> [(bucket: Int, qty: Double)] {
        var previous = 0.0, result: [(bucket: Int, qty: Double)] = []
        for t in 0..<h {
            let level = max(previous, levels[t])
            if level - previous > 1e-9 { result.append((t, level - previous)) }
            previous = level
        }
        return result
    }
}
