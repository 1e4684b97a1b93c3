extension Allocator {
    /// Starts up to `want` units (lot rules permitting) of operation `o` in
    /// bucket `s`: reserves its capacity and money first, then obtains its
    /// inputs in `s`. When an input falls short the tentative allocation is
    /// rolled back and retried with what the inputs allow; after the last
    /// retry the shortfall is accepted and unused inputs go back to stock.
    mutating func placeOperation(_ o: Int, at s: Int, want: Double) -> (Double, Stop?) {
        // Starts in one bucket add up to one planned start: on top of a lawful one, only the multiple applies.
        let minLot = operationQty[o * h + s] > Self.tiny ? 0 : model.opMinLot[o], multiple = model.opLotMultiple[o]
        let (capacityQty, tightest) = startCapacity(o, at: s)
        let capacityStop = Stop(blocker: .capacity(resource: tightest, bucket: s), final: false)
        if capacityQty <= Self.tiny { return (0, capacityStop) }
        let cost = model.opUnitCost[o]
        let (moneyQty, binding) = moneyLimit(unitCost: cost, at: s, enough: LotRule.up(want, minLot: minLot, multiple: multiple))
        let limit = min(capacityQty, moneyQty)
        let limitStop = capacityQty <= moneyQty ? capacityStop : Stop(blocker: .budget(bucket: binding), final: true)
        var qty = LotRule.fit(want, limit: limit, minLot: minLot, multiple: multiple)
        if qty <= Self.tiny {
            if limit <= Self.tiny { return (0, limitStop) }
            return (0, Stop(blocker: .lot(source: o, bucket: s), final: false))
        }
        var stop: Stop? = qty < want - Self.tiny * max(1, want) ? limitStop : nil
        let inputs = model.inputStart[o]..<model.inputStart[o + 1]
        for attempt in 0..<3 {
            let mark = journal.count
            reserve(o, qty, at: s, sign: 1)
            let base = scratch.count
            var ratio = 1.0
            var shortage: Blocker?
            for k in inputs {
                let need = qty * model.inputQty[k]
                let got = obtain(model.inputItem[k], need, at: s, blocker: &shortage)
                scratch.append(got)
                ratio = min(ratio, got / need)
            }
            if ratio >= 1 - 1e-9 {
                scratch.removeLast(scratch.count - base)
                complete(o, qty, at: s)
                return (qty, stop)
            }
            let shortStop = Stop(blocker: (shortage ?? .material(item: model.opItem[o], bucket: s, source: o)).asInputShortage, final: true)
            let reduced = LotRule.down(qty * ratio, minLot: minLot, multiple: multiple)
            if reduced <= Self.tiny || attempt < 2 {
                scratch.removeLast(scratch.count - base)
                rollback(to: mark)
                if reduced <= Self.tiny { return (0, shortStop) }
                qty = reduced
                stop = shortStop
                continue
            }
            // Last attempt: keep the inputs the reduced quantity needs, give back the rest.
            reserve(o, qty - reduced, at: s, sign: -1)
            for (n, k) in inputs.enumerated() {
                let unused = scratch[base + n] - reduced * model.inputQty[k]
                if unused > 0 { add(.net, model.inputItem[k] * h + s, unused) }
            }
            scratch.removeLast(scratch.count - base)
            complete(o, reduced, at: s)
            return (reduced, shortStop)
        }
        return (0, stop)
    }

    /// How many units of `o` the capacity left in bucket `s` allows, and the
    /// resource that allows the fewest (-1 when `o` loads none). Inlined: as
    /// a call it cost 2 % more instructions on a tight plan (placeOperation is hot).
    @inline(__always)
    func startCapacity(_ o: Int, at s: Int) -> (qty: Double, tightest: Int) {
        var qty = Double.infinity, tightest = -1
        for k in model.loadStart[o]..<model.loadStart[o + 1] {
            let limit = max(0, capacityLeft[model.loadResource[k] * h + s]) / model.loadPerUnit[k]
            if limit < qty { qty = limit; tightest = model.loadResource[k] }
        }
        return (qty, tightest)
    }

    /// Takes (`sign` 1) or gives back (`sign` -1) the capacity and money of `qty` units of `o` in `s`.
    mutating func reserve(_ o: Int, _ qty: Double, at s: Int, sign: Double) {
        for k in model.loadStart[o]..<model.loadStart[o + 1] {
            add(.capacityLeft, model.loadResource[k] * h + s, -sign * qty * model.loadPerUnit[k])
        }
        let cost = model.opUnitCost[o]
        if cost > 0 { add(.spend, s, sign * qty * cost) }
    }

    /// Records the start and the output arriving `leadTime` buckets later.
    mutating func complete(_ o: Int, _ qty: Double, at s: Int) {
        add(.operationQty, o * h + s, qty)
        add(.net, model.opItem[o] * h + s + model.opLeadTime[o], qty)
    }
}
