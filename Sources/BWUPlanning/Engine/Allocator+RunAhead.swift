extension Allocator {
    /// Runs end-item production ahead of where the on-time passes put it,
    /// to free late capacity for the demands they left short.
    ///
    /// Every start of an operation that makes a demanded item is taken,
    /// latest bucket first, and moved to the latest earlier bucket where it
    /// can be made again, inputs and all, as if it were a new start; its output
    /// then waits in stock for the delivery it was made for. The supply that
    /// had been made for the late start is taken back (see `takeBack`), so the
    /// assembly, sub-assembly and supplier capacity behind it is free again.
    /// Nothing delivered changes. Just-in-time placement leaves the early
    /// buckets idle on an overloaded model because no demand served one at a
    /// time can use them; the linear-programming yardstick fills them with
    /// production for later due dates, and this is the part of that exchange a
    /// greedy pass can make.
    mutating func runAhead(demanded: [Bool]) {
        let operations = model.opItem.indices.filter { demanded[model.opItem[$0]] }
        let sameInputs = operationsWithSameInputs(operations)
        // Per set of inputs, the latest bucket in which they could not be had: there is
        // little point searching that bucket or an earlier one again.
        var inputsShortThrough = [Int](repeating: -1, count: model.opItem.count)
        for s in stride(from: h - 1, through: 1, by: -1) {
            for o in operations where operationQty[o * h + s] > Self.tiny {
                let inputs = sameInputs[o]
                var t = s - 1
                while t > inputsShortThrough[inputs] && operationQty[o * h + s] > Self.tiny {
                    if !moveStart(o, from: s, to: t) { inputsShortThrough[inputs] = t }
                    t -= 1
                }
            }
        }
        commit()
    }

    /// Runs ahead, as `runAhead(demanded:)` does, every start that loads
    /// `resource` in bucket `s`, each to the latest earlier buckets where it
    /// can be made, to free `resource` in `s` for a demand it left short.
    /// Sub-assembly starts move too: their output waits in stock for the
    /// start that uses it, and on a sub-assembly line they are all that
    /// holds the capacity. Stops once `wanted` of `resource` is free in `s`.
    /// Nothing is committed: the caller keeps or drops the moves.
    mutating func runAhead(freeing resource: Int, at s: Int, until wanted: Double = .infinity) {
        for o in model.operationsLoading[resource] where operationQty[o * h + s] > Self.tiny {
            if capacityLeft[resource * h + s] >= wanted - Self.tiny { return }
            var t = s - 1
            while t >= 0 && operationQty[o * h + s] > Self.tiny && moveStart(o, from: s, to: t) { t -= 1 }
        }
    }

    /// For each of `operations`, the first operation of the same item with the
    /// same inputs in the same quantities (alternative lines of one bill of materials).
    private func operationsWithSameInputs(_ operations: [Int]) -> [Int] {
        var first = Array(0..<model.opItem.count)
        var byItem: [Int: [Int]] = [:]
        for o in operations { byItem[model.opItem[o], default: []].append(o) }
        for o in operations {
            let inputs = model.inputStart[o]..<model.inputStart[o + 1]
            for other in byItem[model.opItem[o]]! where other < o {
                let theirs = model.inputStart[other]..<model.inputStart[other + 1]
                if theirs.count == inputs.count && zip(inputs, theirs).allSatisfy({
                    model.inputItem[$0] == model.inputItem[$1] && model.inputQty[$0] == model.inputQty[$1]
                }) {
                    first[o] = first[other]
                    break
                }
            }
        }
        return first
    }

    /// Moves what it can of the start of `o` in bucket `s` to bucket `t`;
    /// false when the inputs ran short there.
    ///
    /// The start is first taken out of `s` whole, so that the inputs it held
    /// count as stock for the search in `t`; what cannot move is put back in `s`.
    private mutating func moveStart(_ o: Int, from s: Int, to t: Int) -> Bool {
        for k in model.loadStart[o]..<model.loadStart[o + 1] where capacityLeft[model.loadResource[k] * h + t] <= Self.tiny {
            return true
        }
        let planned = operationQty[o * h + s]
        let mark = journal.count
        unplace(o, planned, at: s)
        let (placed, stop) = placeOperation(o, at: t, want: planned)
        let inputsShort = stop?.final == true
        if placed <= Self.tiny || !putBack(o, planned - placed, at: s) {
            rollback(to: mark)
            return !inputsShort
        }
        takeBackInputSupply(o, placed, arrivingBy: s)
        return !inputsShort
    }

    /// Removes `qty` of the start of `o` in `s`: capacity and money back, inputs back to stock, output gone.
    mutating func unplace(_ o: Int, _ qty: Double, at s: Int) {
        reserve(o, qty, at: s, sign: -1)
        add(.operationQty, o * h + s, -qty)
        add(.net, model.opItem[o] * h + s + model.opLeadTime[o], -qty)
        for k in model.inputStart[o]..<model.inputStart[o + 1] {
            add(.net, model.inputItem[k] * h + s, qty * model.inputQty[k])
        }
    }

    /// Starts `qty` of `o` in `s` from inputs already in stock, with no search:
    /// capacity and money taken, inputs withdrawn, output recorded (the inverse of `unplace`).
    mutating func startWithInputs(_ o: Int, _ qty: Double, at s: Int) {
        reserve(o, qty, at: s, sign: 1)
        for k in model.inputStart[o]..<model.inputStart[o + 1] {
            add(.net, model.inputItem[k] * h + s, -qty * model.inputQty[k])
        }
        complete(o, qty, at: s)
    }

    /// Starts `qty` of `o` in `s` again, if it is a lawful lot and its
    /// capacity and inputs are still there; false (nothing written) otherwise.
    private mutating func putBack(_ o: Int, _ qty: Double, at s: Int) -> Bool {
        if qty <= Self.tiny { return true }
        let minLot = operationQty[o * h + s] > Self.tiny ? 0 : model.opMinLot[o]
        if LotRule.down(qty, minLot: minLot, multiple: model.opLotMultiple[o]) < qty - Self.tiny * max(1, qty) { return false }
        for k in model.loadStart[o]..<model.loadStart[o + 1]
        where capacityLeft[model.loadResource[k] * h + s] < qty * model.loadPerUnit[k] - Self.tiny { return false }
        for k in model.inputStart[o]..<model.inputStart[o + 1]
        where available(model.inputItem[k], at: s) < qty * model.inputQty[k] - Self.tiny { return false }
        startWithInputs(o, qty, at: s)
        return true
    }

    /// Takes back up to `amount` of the planned supply of `item` arriving by
    /// bucket `s`, latest arrival first, as far as no later withdrawal goes
    /// short and lot rules keep what stays lawful. The inputs of a start
    /// taken back return to stock, and their own supply is taken back in turn.
    private mutating func takeBack(_ item: Int, _ amount: Double, arrivingBy s: Int) {
        var left = amount
        for arrival in stride(from: s, through: 0, by: -1) where left > Self.tiny {
            var room = available(item, at: arrival)
            for k in model.sourceStart[item]..<model.sourceStart[item + 1] where left > Self.tiny && room > Self.tiny {
                let source = model.sources[k]
                let start = arrival - leadTime(of: source)
                guard start >= 0 else { continue }
                let cut = source >= 0
                    ? takeBackStart(source, at: start, upTo: min(left, room))
                    : takeBackOrder(-source - 1, at: start, upTo: min(left, room))
                left -= cut
                room -= cut
            }
        }
    }

    private mutating func takeBackStart(_ o: Int, at start: Int, upTo wanted: Double) -> Double {
        let cut = lawfulCut(of: operationQty[o * h + start], upTo: wanted, minLot: model.opMinLot[o], multiple: model.opLotMultiple[o])
        guard cut > Self.tiny else { return 0 }
        unplace(o, cut, at: start)
        takeBackInputSupply(o, cut, arrivingBy: start)
        return cut
    }

    /// Takes back the supply of the inputs that `qty` units of `o` no longer use in bucket `s`.
    private mutating func takeBackInputSupply(_ o: Int, _ qty: Double, arrivingBy s: Int) {
        for k in model.inputStart[o]..<model.inputStart[o + 1] {
            takeBack(model.inputItem[k], qty * model.inputQty[k], arrivingBy: s)
        }
    }

    private mutating func takeBackOrder(_ p: Int, at start: Int, upTo wanted: Double) -> Double {
        let cut = lawfulCut(of: purchaseQty[p * h + start], upTo: wanted, minLot: model.buyMinLot[p], multiple: model.buyLotMultiple[p])
        guard cut > Self.tiny else { return 0 }
        order(p, cut, at: start, sign: -1)
        return cut
    }

    /// The most of a planned `qty`, at most `wanted`, that can be taken away leaving a lawful lot (or nothing).
    func lawfulCut(of qty: Double, upTo wanted: Double, minLot: Double, multiple: Double) -> Double {
        guard qty > Self.tiny else { return 0 }
        if wanted >= qty - Self.tiny * max(1, qty) { return qty }
        var cut = LotRule.down(wanted, minLot: 0, multiple: multiple)
        if qty - cut < minLot * (1 - 1e-12) { cut = LotRule.down(qty - minLot, minLot: 0, multiple: multiple) }
        return cut
    }
}
