extension Allocator {
    /// Withdraws up to `qty` of `item` in bucket `t`, first from stock, then by
    /// making or buying what stock lacks (arriving no later than `t`).
    ///
    /// - Parameters:
    ///   - blocker: set to the first constraint met, if it is still `nil` and
    ///     less than `qty` could be had.
    ///   - lowest: the earliest arrival bucket searched for new supply of
    ///     `item` itself (its inputs are searched back to bucket 0). Used by
    ///     the late pass, which knows that nothing more of the item can arrive
    ///     before `lowest`; then stock is used before new supply.
    /// - Returns: the quantity withdrawn.
    mutating func obtain(_ item: Int, _ qty: Double, at t: Int, lowest: Int = 0, blocker: inout Blocker?) -> Double {
        var have = available(item, at: t)
        if have > Self.tiny && !model.budgetIsScarce && lowest == 0 {
            supply(item, qty, by: t, stock: have, blocker: &blocker)
            have = available(item, at: t)
        } else if have < qty - Self.tiny * max(1, qty) {
            supply(item, qty - have, by: t, stock: 0, lowest: lowest, blocker: &blocker)
            have = available(item, at: t)
        }
        let take = min(qty, have)
        if take <= Self.tiny { return 0 }
        add(.net, item * h + t, -take)
        return take
    }

    /// Plans new supply of `item` so that `need` more can be withdrawn in
    /// bucket `t`, latest arrival first (just in time), trying every source at
    /// each arrival bucket in ranked order. Sources of last resort (whose
    /// resources items without an alternative need in full, or that waste
    /// capacity; see `CompiledModel.rank`) are tried only after the others,
    /// from the latest arrival again.
    ///
    /// Stock that is already there counts as supply arriving in the bucket it
    /// first becomes usable: a request for bucket `t` uses new supply arriving
    /// at `t` before stock that was usable earlier, because that early stock
    /// can still serve demands due earlier, while capacity in a late bucket cannot.
    mutating func supply(_ item: Int, _ need: Double, by t: Int, stock: Double, lowest: Int = 0, blocker: inout Blocker?) {
        let first = model.sourceStart[item], end = model.sourceStart[item + 1]
        if first == end {
            if blocker == nil { blocker = .material(item: item, bucket: t, source: nil) }
            return
        }
        if model.budgetIsScarce {
            // Stock was taken first (obtain passes none here): money decides.
            supplyCheapestFirst(item, need, by: t, lowest: lowest, blocker: &blocker)
            return
        }
        var search = SupplySearch(item: item, need: need, by: t, stock: stock)
        search.profile = scratch.count
        if stock > Self.tiny { pushStockProfile(item, through: t) }
        defer { scratch.removeLast(scratch.count - search.profile) }
        let split = model.lastResortStart[item]
        supplyJustInTime(&search, sources: first..<split, lowest: lowest)
        if search.remaining > Self.tiny * max(1, need) && split < end {
            search.remaining -= search.stockFrom
            search.stockFrom = 0
            supplyJustInTime(&search, sources: split..<end, lowest: lowest)
        }
        // A source that could have been in time but ran short says more than one that never could.
        if search.remaining > Self.tiny * max(1, need) && blocker == nil { blocker = search.firstStop ?? search.tooSlow }
    }

    /// State of one `supply` call shared by its passes over the sources.
    struct SupplySearch {
        let item: Int
        let need: Double
        let t: Int
        var remaining: Double
        /// Stock usable from the current arrival on (before any new supply).
        var stockFrom: Double
        /// Where in `scratch` the stock profile (usable stock per bucket 0 … t) starts.
        var profile = 0
        var firstStop: Blocker?
        var tooSlow: Blocker?

        init(item: Int, need: Double, by t: Int, stock: Double) {
            self.item = item
            self.need = need
            self.t = t
            remaining = need
            stockFrom = stock
        }
    }

    /// One latest-arrival-first pass over `sources` (at most 64 of them),
    /// from arrival `s.t` back to `lowest`.
    mutating func supplyJustInTime(_ s: inout SupplySearch, sources: Range<Int>, lowest: Int) {
        let count = min(sources.count, 64)
        var alive: UInt64 = count == 64 ? ~0 : (1 << UInt64(count)) - 1
        let done = Self.tiny * max(1, s.need)
        var arrival = s.t
        while arrival >= lowest && (alive != 0 || s.stockFrom > Self.tiny) {
            if s.stockFrom > Self.tiny {
                // Stock that first becomes usable in `arrival` is as late as new supply arriving there.
                let earlier = arrival > 0 ? scratch[s.profile + arrival - 1] : 0
                s.remaining -= max(0, s.stockFrom - earlier)
                s.stockFrom = earlier
                if s.remaining <= done { return }
            }
            for k in 0..<count where alive & (1 << UInt64(k)) != 0 {
                let source = model.sources[sources.lowerBound + k]
                let start = arrival - leadTime(of: source)
                if start < 0 {
                    alive &= ~(1 << UInt64(k))
                    if s.tooSlow == nil { s.tooSlow = .leadTime(item: s.item, bucket: s.t, source: source) }
                    continue
                }
                let (placed, stop) = source >= 0
                    ? placeOperation(source, at: start, want: s.remaining)
                    : placePurchase(-source - 1, at: start, want: s.remaining)
                s.remaining -= placed
                if let stop {
                    if s.firstStop == nil { s.firstStop = stop.blocker }
                    if stop.final { alive &= ~(1 << UInt64(k)) }
                }
                if s.remaining <= done { return }
            }
            arrival -= 1
        }
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
        // Orders in one bucket add up to one planned order: on top of a lawful one, only the multiple applies.
        let minLot = purchaseQty[index] > Self.tiny ? 0 : model.buyMinLot[p], multiple = model.buyLotMultiple[p]
        let (moneyQty, binding) = moneyLimit(unitCost: cost, at: s, enough: LotRule.up(want, minLot: minLot, multiple: multiple))
        let limit = min(capacityQty, moneyQty)
        let limitStop = capacityQty <= moneyQty ? capacityStop : Stop(blocker: .budget(bucket: binding), final: true)
        let qty = LotRule.fit(want, limit: limit, minLot: minLot, multiple: multiple)
        if qty <= Self.tiny {
            if limit <= Self.tiny { return (0, limitStop) }
            return (0, Stop(blocker: .lot(source: CompiledModel.source(isPurchase: true, index: p), bucket: s), final: false))
        }
        order(p, qty, at: s, sign: 1)
        return (qty, qty < want - Self.tiny * max(1, want) ? limitStop : nil)
    }

    /// Places (`sign` 1) or takes back (`sign` -1) an order of `qty` from
    /// purchase source `p` in bucket `s`: supplier capacity, money, the
    /// planned order and its arrival `leadTime` buckets later.
    mutating func order(_ p: Int, _ qty: Double, at s: Int, sign: Double) {
        let index = p * h + s
        if purchaseLeft[index].isFinite { add(.purchaseLeft, index, -sign * qty) }
        let cost = model.buyUnitCost[p]
        if cost > 0 { add(.spend, s, sign * qty * cost) }
        add(.purchaseQty, index, sign * qty)
        add(.net, model.buyItem[p] * h + s + model.buyLeadTime[p], sign * qty)
    }
}
