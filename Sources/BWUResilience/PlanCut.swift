/// What is left of the baseline plan when some sources disappear: their lots go,
/// and so does everything that can no longer be supplied. Items are settled inputs
/// first; where an item's stock would go below zero, its latest consumptions up to
/// that bucket are cut (operation starts whole, so lot rules keep holding;
/// deliveries in part), which can starve the parent items in turn. Only items
/// above a removed source are looked at: nothing else changes.
struct PlanCut {
    /// Operation and purchase lots gone (removed sources or starved).
    var opCut: [Bool]
    var buyCut: [Bool]
    /// Quantity each delivery lot keeps.
    var kept: [Double]
    /// Quantity each demand loses, by demand index.
    var lost: [Int: Double] = [:]
    /// Arrivals of repaired orders per item: (bucket, quantity).
    private var extra: [Int: [(bucket: Int, qty: Double)]] = [:]

    /// - Parameters:
    ///   - ledger: the baseline laid out by lot.
    ///   - index: the baseline model's indices.
    ///   - removedOperations: operations that no longer exist.
    ///   - removedPurchases: purchase sources that no longer exist.
    ///   - added: orders a ``PlanRepair`` placed instead, keyed `purchase * h + bucket`.
    init(ledger: BaselineLedger, index: SupplyIndex, removedOperations: Set<Int>, removedPurchases: Set<Int>,
         added: [(key: Int, qty: Double)] = []) {
        // Flags per source, so that the tens of thousands of lots are not hashed one by one.
        let mask = SourceMask(operations: removedOperations, purchases: removedPurchases, model: index.model)
        opCut = ledger.opLots.map { mask.operations[$0.source] }
        buyCut = ledger.buyLots.map { mask.purchases[$0.source] }
        kept = ledger.deliveries.map(\.qty)
        let model = index.model
        for entry in added {
            let buy = model.purchases[entry.key / ledger.h]
            extra[index.itemIndex[buy.item]!, default: []].append((entry.key % ledger.h + buy.leadTime, entry.qty))
        }
        var above = [Bool](repeating: false, count: model.items.count)
        var stack: [Int] = []
        for (k, lot) in ledger.opLots.enumerated() where opCut[k] { stack.append(index.itemIndex[model.operations[lot.source].item]!) }
        for (k, lot) in ledger.buyLots.enumerated() where buyCut[k] { stack.append(index.itemIndex[model.purchases[lot.source].item]!) }
        while let i = stack.popLast() {
            guard !above[i] else { continue }
            above[i] = true
            stack += ledger.usedBy[i]
        }
        for i in index.inputsFirst where above[i] { settle(item: i, ledger: ledger, index: index) }
        for (k, lot) in ledger.deliveries.enumerated() where kept[k] < lot.qty {
            lost[lot.source, default: 0] += lot.qty - kept[k]
        }
    }

    /// Cuts the latest consumptions of `item` until its stock never goes below zero.
    private mutating func settle(item i: Int, ledger: BaselineLedger, index: SupplyIndex) {
        let h = ledger.h, model = index.model
        var net = Array(ledger.initialFlow[i * h ..< (i + 1) * h])
        var scale = 1.0
        for k in ledger.madeBy[i] where !opCut[k] {
            let lot = ledger.opLots[k]
            net[lot.bucket + model.operations[lot.source].leadTime] += lot.qty
            scale = max(scale, lot.qty)
        }
        for k in ledger.boughtBy[i] where !buyCut[k] {
            let lot = ledger.buyLots[k]
            net[lot.bucket + model.purchases[lot.source].leadTime] += lot.qty
            scale = max(scale, lot.qty)
        }
        for arrival in extra[i] ?? [] { net[arrival.bucket] += arrival.qty }
        // Consumptions, latest first: (bucket, is a delivery, lot, quantity).
        var uses: [(bucket: Int, delivery: Bool, lot: Int, qty: Double)] = []
        for (k, perUnit) in ledger.consumedBy[i] where !opCut[k] {
            uses.append((ledger.opLots[k].bucket, false, k, ledger.opLots[k].qty * perUnit))
        }
        for k in ledger.deliveredBy[i] where kept[k] > 0 { uses.append((ledger.deliveries[k].bucket, true, k, kept[k])) }
        for use in uses { net[use.bucket] -= use.qty }
        uses.sort { $0.bucket != $1.bucket ? $0.bucket > $1.bucket : $0.lot > $1.lot }
        let tolerance = 1e-9 * scale

        var done = [Bool](repeating: false, count: uses.count)
        while let short = Self.firstShortfall(net, tolerance: tolerance) {
            // The latest consumption not yet cut at or before the short bucket.
            guard let u = uses.indices.first(where: { !done[$0] && uses[$0].bucket <= short.bucket }) else {
                return  // only rounding left: the baseline was short by as much
            }
            let use = uses[u]
            if use.delivery {
                let cut = min(short.deficit, kept[use.lot])
                kept[use.lot] -= cut
                net[use.bucket] += cut
                if kept[use.lot] <= tolerance {
                    net[use.bucket] += kept[use.lot]
                    kept[use.lot] = 0
                    done[u] = true
                }
            } else {
                opCut[use.lot] = true
                net[use.bucket] += use.qty
                done[u] = true
            }
        }
    }

    /// The first bucket where cumulative stock is below `-tolerance`, and by how much.
    private static func firstShortfall(_ net: [Double], tolerance: Double) -> (bucket: Int, deficit: Double)? {
        var stock = 0.0
        for t in net.indices {
            stock += net[t]
            if stock < -tolerance { return (t, -stock) }
        }
        return nil
    }
}
