extension Allocator {
    /// Moves the planned supply of every item that no demand asks for
    /// directly (sub-assemblies, components, raw material) as late as the
    /// withdrawals it serves allow, consumers before their inputs.
    ///
    /// Just-in-time search pushes supply earlier whenever the bucket it
    /// wants is full, so after the on-time passes a component often sits in
    /// stock for many buckets, bought on supplier capacity that an earlier
    /// need could have used. Moving it as late as it can go frees that early
    /// capacity for the search that follows. Nothing delivered changes: every
    /// withdrawal still finds its stock, and a start's inputs are withdrawn later.
    mutating func runLate(demanded: [Bool]) {
        var projected = [Double](repeating: 0, count: h), least = projected
        for item in model.inputsFirst.reversed() where !demanded[item] {
            let base = item * h
            // Summed afresh whenever something moved, so that rounding never builds up.
            func project() {
                var stock = 0.0
                for u in 0..<h { stock += net[base + u]; projected[u] = stock }
            }
            project()
            for k in model.sourceStart[item]..<model.sourceStart[item + 1] {
                let source = model.sources[k]
                if source < 0 && !purchaseLeft[(-source - 1) * h].isFinite { continue }
                let lead = leadTime(of: source)
                let latest = h - 1 - lead
                guard latest >= 1 else { continue }
                for s in stride(from: latest - 1, through: 0, by: -1) where planned(source, at: s) > Self.tiny {
                    // least[u]: the lowest projected stock over arrival ... u, what may arrive after u instead.
                    let arrival = s + lead
                    var lowest = Double.infinity, last = arrival
                    for u in arrival..<h {
                        lowest = min(lowest, projected[u])
                        if lowest <= Self.tiny { break }
                        least[u] = lowest
                        last = u + 1
                    }
                    var moved = 0.0
                    for t in stride(from: min(latest, last - lead), through: s + 1, by: -1) {
                        let room = least[t + lead - 1] - moved
                        guard room > Self.tiny else { continue }
                        let left = planned(source, at: s)
                        guard left > Self.tiny else { break }
                        moved += source >= 0
                            ? delayStart(source, from: s, to: t, upTo: min(left, room))
                            : delayOrder(-source - 1, from: s, to: t, upTo: min(left, room))
                    }
                    if moved > 0 { project() }
                }
            }
        }
        commit()
    }

    private func planned(_ source: Int, at s: Int) -> Double {
        source >= 0 ? operationQty[source * h + s] : purchaseQty[(-source - 1) * h + s]
    }

    /// Moves up to `wanted` of the start of `o` in `s` to the later bucket
    /// `t`, as far as capacity there and lot rules allow; returns what moved.
    private mutating func delayStart(_ o: Int, from s: Int, to t: Int, upTo wanted: Double) -> Double {
        let capacity = startCapacity(o, at: t).qty
        guard capacity > Self.tiny else { return 0 }
        let x = lawfulMove(of: operationQty[o * h + s], upTo: min(wanted, capacity), onto: operationQty[o * h + t],
                           minLot: model.opMinLot[o], multiple: model.opLotMultiple[o])
        guard x > 0 else { return 0 }
        unplace(o, x, at: s)
        startWithInputs(o, x, at: t)
        return x
    }

    /// The same for the order of purchase source `p` (capped: only those free capacity when moved).
    private mutating func delayOrder(_ p: Int, from s: Int, to t: Int, upTo wanted: Double) -> Double {
        let from = p * h + s, to = p * h + t
        let capacity = max(0, purchaseLeft[to])
        guard capacity > Self.tiny else { return 0 }
        let x = lawfulMove(of: purchaseQty[from], upTo: min(wanted, capacity), onto: purchaseQty[to],
                           minLot: model.buyMinLot[p], multiple: model.buyLotMultiple[p])
        guard x > 0 else { return 0 }
        // Spending later never breaks a cumulative budget.
        order(p, x, at: s, sign: -1)
        order(p, x, at: t, sign: 1)
        return x
    }

    /// What of a planned `qty` may move onto a planned `target`, at most
    /// `wanted`, so that both stay lawful lots; 0 if nothing may.
    private func lawfulMove(of qty: Double, upTo wanted: Double, onto target: Double, minLot: Double, multiple: Double) -> Double {
        let x = lawfulCut(of: qty, upTo: wanted, minLot: minLot, multiple: multiple)
        if x <= Self.tiny || (target <= Self.tiny && x < minLot * (1 - 1e-12)) { return 0 }
        return x
    }
}
