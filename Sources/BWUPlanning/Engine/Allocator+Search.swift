extension Allocator {
    /// Withdraws up to `qty` of `item` in bucket `t`, first from stock, then by
    /// making or buying what stock lacks (arriving no later than `t`).
    ///
    /// - Parameters:
    ///   - blocker: set to the first constraint met, if it is still `nil` and
    ///     less than `qty` could be had.
    /// - Returns: the quantity withdrawn.
    mutating func obtain(_ item: Int, _ qty: Double, at t: Int, blocker: inout Blocker?) -> Double {
        var have = available(item, at: t)
        if have > Self.tiny && !model.budgetIsScarce {
            supply(item, qty, by: t, stock: have, blocker: &blocker)
            have = available(item, at: t)
        } else if have < qty - Self.tiny * max(1, qty) {
            supply(item, qty - have, by: t, stock: 0, blocker: &blocker)
            have = available(item, at: t)
        }
        let take = min(qty, have)
        if take <= Self.tiny { return 0 }
        add(.net, item * h + t, -take)
        return take
    }

    /// Plans new supply of `item` so that `need` more can be withdrawn in
    /// bucket `t`, latest arrival first (just in time), trying every source at
    /// each arrival bucket, cheapest first.
    ///
    /// Stock that is already there counts as supply arriving in the bucket it
    /// first becomes available: a request for bucket `t` uses new supply
    /// arriving at `t` before stock that was available earlier, because that
    /// early stock can still serve demands due earlier, while capacity in a
    /// late bucket cannot.
    mutating func supply(_ item: Int, _ need: Double, by t: Int, stock: Double, blocker: inout Blocker?) {
        let first = model.sourceStart[item]
        let count = min(model.sourceStart[item + 1] - first, 64)
        if count == 0 {
            if blocker == nil { blocker = .material(item: item, bucket: t, source: nil) }
            return
        }
        var remaining = need
        // Stock usable from bucket u on, for u ≤ t, as it was before any new supply.
        let profile = scratch.count
        if stock > Self.tiny { pushStockProfile(item, through: t) }
        defer { scratch.removeLast(scratch.count - profile) }
        var stockFrom = stock
        var alive: UInt64 = count == 64 ? ~0 : (1 << UInt64(count)) - 1
        var firstStop: Blocker?
        var tooSlow: Blocker?
        var arrival = t
        while arrival >= 0 && alive != 0 {
            if stockFrom > Self.tiny {
                // Stock that first becomes usable in `arrival` is as late as new supply arriving there.
                let earlier = arrival > 0 ? scratch[profile + arrival - 1] : 0
                remaining -= max(0, stockFrom - earlier)
                stockFrom = earlier
                if remaining <= Self.tiny * max(1, need) { return }
            }
            for k in 0..<count where alive & (1 << UInt64(k)) != 0 {
                let source = model.sources[first + k]
                let start = arrival - leadTime(of: source)
                if start < 0 {
                    alive &= ~(1 << UInt64(k))
                    if tooSlow == nil { tooSlow = .leadTime(item: item, bucket: t, source: source) }
                    continue
                }
                let (placed, stop) = source >= 0
                    ? placeOperation(source, at: start, want: remaining)
                    : placePurchase(-source - 1, at: start, want: remaining)
                remaining -= placed
                if let stop {
                    if firstStop == nil { firstStop = stop.blocker }
                    if stop.final { alive &= ~(1 << UInt64(k)) }
                }
                if remaining <= Self.tiny * max(1, need) { return }
            }
            arrival -= 1
        }
        // A source that could have been in time but ran short says more than one that never could.
        if blocker == nil { blocker = firstStop ?? tooSlow }
    }

    /// Pushes onto `scratch` the stock of `item` usable in each bucket `0 ... t`.
    mutating func pushStockProfile(_ item: Int, through t: Int) {
        let base = item * h
        var stock = 0.0
        for u in 0..<h { stock += net[base + u] }
        // Walk backwards: usable(u) = min over s ≥ u of projected stock(s).
        let start = scratch.count
        scratch.append(contentsOf: repeatElement(0, count: t + 1))
        var least = Double.infinity
        for u in stride(from: h - 1, through: 0, by: -1) {
            least = min(least, stock)
            if u <= t { scratch[start + u] = max(0, least) }
            stock -= net[base + u]
        }
    }

    func leadTime(of source: Int) -> Int {
        source >= 0 ? model.opLeadTime[source] : model.buyLeadTime[-source - 1]
    }

    /// What money allows for a source of `unitCost` in bucket `s`: quantity and
    /// binding bucket. When even all money spent so far, counted against what
    /// is released through `s`, leaves enough for `enough` units, the exact
    /// scan is skipped and the limit is infinite.
    func moneyLimit(unitCost: Double, at s: Int, enough: Double) -> (qty: Double, binding: Int) {
        guard unitCost > 0, !budget.isEmpty else { return (.infinity, -1) }
        if releasedThrough[s] - totalSpend >= enough * unitCost { return (.infinity, -1) }
        let (amount, binding) = money(at: s)
        return (amount / unitCost, binding)
    }

    /// Orders up to `want` (lot rules permitting) from purchase source `p` in bucket `s`.
    mutating func placePurchase(_ p: Int, at s: Int, want: Double) -> (Double, Stop?) {
        let index = p * h + s
        let capacityQty = max(0, purchaseLeft[index])
        let capacityStop = Stop(blocker: .purchaseCapacity(purchase: p, bucket: s), final: false)
        if capacityQty <= Self.tiny { return (0, capacityStop) }
        let cost = model.buyUnitCost[p]
        let minLot = model.buyMinLot[p], multiple = model.buyLotMultiple[p]
        let (moneyQty, binding) = moneyLimit(unitCost: cost, at: s, enough: LotRule.up(want, minLot: minLot, multiple: multiple))
        let limit = min(capacityQty, moneyQty)
        let limitStop = capacityQty <= moneyQty ? capacityStop : Stop(blocker: .budget(bucket: binding), final: true)
        let qty = LotRule.fit(want, limit: limit, minLot: minLot, multiple: multiple)
        if qty <= Self.tiny {
            if limit <= Self.tiny { return (0, limitStop) }
            return (0, Stop(blocker: .lot(source: CompiledModel.source(isPurchase: true, index: p), bucket: s), final: false))
        }
        if capacityQty.isFinite { add(.purchaseLeft, index, -qty) }
        if cost > 0 { add(.spend, s, qty * cost) }
        add(.purchaseQty, index, qty)
        add(.net, model.buyItem[p] * h + s + model.buyLeadTime[p], qty)
        return (qty, qty < want - Self.tiny * max(1, want) ? limitStop : nil)
    }
}
