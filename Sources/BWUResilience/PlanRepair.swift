import BWUPlanning

/// Moves baseline orders from removed purchase sources to the remaining purchase
/// sources of the same item, so that the same quantity (or more) arrives no later.
/// The item's stock is then never below the baseline's in any bucket and resource
/// loads are untouched, so the orders moved keep every consumer supplied, provided
/// supplier capacities, lot rules and the cumulative budget hold, which the repair
/// checks. Orders that cannot be moved are left to ``PlanCut``.
struct PlanRepair {
    /// New quantity per (purchase, bucket), keyed `p * h + t`, in the order first added.
    private(set) var added: [(key: Int, qty: Double)] = []
    /// Baseline purchase lots of removed sources that could not be moved.
    private(set) var unrepaired: [Int] = []

    private let ledger: BaselineLedger
    private let model: PlanningModel
    private let removed: Set<Int>
    /// Ordered quantity per (purchase, bucket) of the baseline plus what has been added.
    private var ordered: [Double]
    private var addedAt: [Int: Int] = [:]

    /// Repairs what it can.
    /// - Parameters:
    ///   - ledger: the baseline laid out by lot.
    ///   - index: the baseline model's indices.
    ///   - removed: purchase sources that no longer exist.
    init(ledger: BaselineLedger, index: SupplyIndex, removed: Set<Int>) {
        self.ledger = ledger
        model = index.model
        self.removed = removed
        ordered = ledger.ordered
        for (k, lot) in ledger.buyLots.enumerated() where removed.contains(lot.source) {
            let buy = model.purchases[lot.source]
            if !replace(item: index.itemIndex[buy.item]!, qty: lot.qty, arrivingBy: lot.bucket + buy.leadTime, index: index) {
                unrepaired.append(k)
            }
        }
        if !withinBudget() {
            added = []
            unrepaired = ledger.buyLots.indices.filter { removed.contains(ledger.buyLots[$0].source) }
        }
    }

    /// Orders `qty` of `item` from remaining purchase sources, cheapest first, each as
    /// late as its lead time allows and earlier when capacity runs out. All or nothing.
    private mutating func replace(item: Int, qty: Double, arrivingBy due: Int, index: SupplyIndex) -> Bool {
        let h = ledger.h
        let candidates = index.sources[item].compactMap { source -> Int? in
            guard case .purchase(let p) = source, !removed.contains(p), model.purchases[p].leadTime <= due else { return nil }
            return p
        }.sorted { a, b in
            let x = model.purchases[a], y = model.purchases[b]
            return x.unitCost != y.unitCost ? x.unitCost < y.unitCost : a < b
        }
        var need = qty
        var tentative: [(key: Int, qty: Double)] = []
        for p in candidates where need > 1e-9 {
            let buy = model.purchases[p]
            var t = due - buy.leadTime
            while t >= 0 && need > 1e-9 {
                let key = p * h + t
                let extra = Self.addable(used: ordered[key], need: need, capacity: buy.capacity?.value(in: t) ?? .infinity,
                                         minLot: buy.minLot, multiple: buy.lotMultiple)
                if extra > 0 {
                    ordered[key] += extra
                    tentative.append((key, extra))
                    need -= extra
                }
                t -= 1
            }
        }
        if need > 1e-9 {
            for entry in tentative { ordered[entry.key] -= entry.qty }
            return false
        }
        for entry in tentative {
            if let k = addedAt[entry.key] { added[k].qty += entry.qty } else {
                addedAt[entry.key] = added.count
                added.append(entry)
            }
        }
        return true
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

    /// Whether the baseline's spend, without the removed orders and with the added ones,
    /// keeps inside the cumulative budget.
    private func withinBudget() -> Bool {
        guard let budget = model.budget, !added.isEmpty else { return true }
        var spend = ledger.spend
        for lot in ledger.buyLots where removed.contains(lot.source) { spend[lot.bucket] -= lot.qty * model.purchases[lot.source].unitCost }
        for entry in added { spend[entry.key % ledger.h] += entry.qty * model.purchases[entry.key / ledger.h].unitCost }
        var have = 0.0, used = 0.0
        for t in 0..<ledger.h {
            have += t < budget.count ? budget[t] : 0
            used += spend[t]
            if used > have * (1 + 1e-9) + 1e-9 { return false }
        }
        return true
    }
}
