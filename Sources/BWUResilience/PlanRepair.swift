import BWUPlanning

/// Moves every baseline order from removed purchase sources to the remaining purchase
/// sources of the same item, so that the same quantity (or more) arrives no later.
/// Stock of every item is then never below the baseline's in any bucket, resource loads
/// are untouched, so the plan stays feasible if capacities, lot rules and the
/// cumulative budget hold, which the repair checks. Deliveries stay exactly the baseline's.
struct PlanRepair {
    let index: SupplyIndex
    let baseline: PlanResult
    let orders: [BaselineOrder]
    let operationSpend: [Double]
    let removed: Set<Int>
    let h: Int
    /// Quantity per (purchase, bucket) after the repair, keyed `p * h + t`.
    var ordered: [Int: Double] = [:]
    /// Baseline entry order of each (purchase, bucket), so the output keeps the baseline's order.
    var entryOrder: [Int] = []

    /// - Parameters:
    ///   - orders: the baseline's purchase orders, in plan order.
    ///   - operationSpend: the baseline's spend on operations per bucket.
    init(index: SupplyIndex, baseline: PlanResult, orders: [BaselineOrder], operationSpend: [Double], removed: Set<Int>) {
        self.index = index
        self.baseline = baseline
        self.orders = orders
        self.operationSpend = operationSpend
        self.removed = removed
        h = index.model.horizon.buckets
    }

    /// The repaired plan, or `nil` when some removed order cannot be replaced.
    mutating func run() -> PlanResult? {
        let model = index.model
        for order in orders where !removed.contains(order.purchase) {
            add(order.purchase * h + order.bucket, order.qty)
        }
        for order in orders where removed.contains(order.purchase) {
            let buy = model.purchases[order.purchase]
            let due = order.bucket + buy.leadTime
            guard replace(item: index.itemIndex[buy.item]!, qty: order.qty, arrivingBy: due) else { return nil }
        }
        return finish()
    }

    private mutating func add(_ key: Int, _ qty: Double) {
        if ordered[key] == nil { entryOrder.append(key) }
        ordered[key, default: 0] += qty
    }

    /// Orders `qty` of `item` from remaining purchase sources, cheapest first, each as
    /// late as its lead time allows and earlier when capacity runs out.
    private mutating func replace(item: Int, qty: Double, arrivingBy due: Int) -> Bool {
        let model = index.model
        let candidates = index.sources[item].compactMap { source -> Int? in
            guard case .purchase(let p) = source, !removed.contains(p), model.purchases[p].leadTime <= due else { return nil }
            return p
        }.sorted { a, b in
            let x = model.purchases[a], y = model.purchases[b]
            return x.unitCost != y.unitCost ? x.unitCost < y.unitCost : a < b
        }
        var need = qty
        for p in candidates {
            let buy = model.purchases[p]
            var t = due - buy.leadTime
            while t >= 0 && need > 1e-9 {
                let key = p * h + t
                let used = ordered[key] ?? 0
                let cap = buy.capacity?.value(in: t) ?? .infinity
                let extra = Self.addable(used: used, need: need, capacity: cap, minLot: buy.minLot, multiple: buy.lotMultiple)
                if extra > 0 {
                    add(key, extra)
                    need -= extra
                }
                t -= 1
            }
            if need <= 1e-9 { return true }
        }
        return need <= 1e-9
    }

    /// How much can be added to an order of `used` so that the total respects the lot
    /// rules and the capacity: enough to cover `need` if possible, else as much as fits.
    static func addable(used: Double, need: Double, capacity: Double, minLot: Double, multiple: Double) -> Double {
        func roundUp(_ x: Double) -> Double { multiple > 0 ? (x / multiple - 1e-9).rounded(.up) * multiple : x }
        func roundDown(_ x: Double) -> Double { multiple > 0 ? (x / multiple + 1e-9).rounded(.down) * multiple : x }
        let full = max(roundUp(used + need), minLot)
        if full <= capacity * (1 + 1e-9) { return full - used }
        let most = roundDown(capacity)
        return most >= minLot && most > used + 1e-9 ? most - used : 0
    }

    /// The plan with the new orders, if the cumulative budget still holds.
    private func finish() -> PlanResult? {
        let model = index.model
        var spend = operationSpend
        var purchases: [PlannedPurchase] = []
        for key in entryOrder {
            let (p, t) = (key / h, key % h), qty = ordered[key]!
            spend[t] += qty * model.purchases[p].unitCost
            purchases.append(PlannedPurchase(purchase: model.purchases[p].id, order: t, qty: qty))
        }
        if let budget = model.budget {
            var have = 0.0, used = 0.0
            for t in 0..<h {
                have += t < budget.count ? budget[t] : 0
                used += spend[t]
                if used > have * (1 + 1e-9) + 1e-9 { return nil }
            }
        }
        var plan = baseline
        plan.purchases = purchases
        plan.kpis.cost = spend.reduce(0, +)
        return plan
    }
}

/// A purchase order of the baseline plan by purchase index.
struct BaselineOrder: Sendable {
    var purchase: Int
    var bucket: Int
    var qty: Double
}
