extension Allocator {
    /// Places the starts and orders of an LP solution as planned supply, to
    /// be withdrawn by the demands' usual search afterwards.
    ///
    /// Items are taken inputs first, so that an operation's inputs made by
    /// the skeleton are in stock when the operation is placed. Each target is
    /// rounded to the nearest lawful lot, then cut to what the capacity and
    /// money left allow. An input the skeleton left short (its own lots
    /// rounded down, or another consumer took it first) is made up by the
    /// usual search for just that shortfall; the start is then cut to the
    /// inputs in stock. Searching for whole starts
    /// instead takes capacity that later entries of the skeleton need
    /// (docs/planning.md, seventh and ninth rounds).
    mutating func placeSkeleton(starts: [Double], orders: [Double]) {
        for item in model.inputsFirst {
            for k in model.sourceStart[item]..<model.sourceStart[item + 1] {
                let source = model.sources[k]
                for s in 0..<h {
                    if source >= 0 {
                        placeSkeletonStart(source, at: s, target: starts[source * h + s])
                    } else {
                        placeSkeletonOrder(-source - 1, at: s, target: orders[(-source - 1) * h + s])
                    }
                }
            }
        }
        commit()
    }

    private mutating func placeSkeletonStart(_ o: Int, at s: Int, target: Double) {
        guard target > Self.tiny else { return }
        let minLot = operationQty[o * h + s] > Self.tiny ? 0 : model.opMinLot[o], multiple = model.opLotMultiple[o]
        let wanted = LotRule.nearest(target, minLot: minLot, multiple: multiple)
        guard wanted > Self.tiny else { return }
        var limit = min(startCapacity(o, at: s).qty, moneyLimit(unitCost: model.opUnitCost[o], at: s, enough: wanted).qty)
        let inputs = model.inputStart[o]..<model.inputStart[o + 1]
        if limit > Self.tiny {
            for k in inputs {
                let short = min(wanted, limit) * inputUse(o, k) - available(model.inputItem[k], at: s)
                guard short > Self.tiny else { continue }
                var ignored: Blocker?
                supply(model.inputItem[k], short, by: s, stock: 0, blocker: &ignored)
            }
        }
        for k in inputs { limit = min(limit, available(model.inputItem[k], at: s) / inputUse(o, k)) }
        let qty = wanted <= limit * (1 + 1e-12) ? wanted : LotRule.down(limit, minLot: minLot, multiple: multiple)
        if qty > Self.tiny { startWithInputs(o, qty, at: s) }
    }

    /// Units of input `k`'s item that one unit of `o` withdraws: an item
    /// listed twice among the inputs is withdrawn twice.
    private func inputUse(_ o: Int, _ k: Int) -> Double {
        var perUnit = 0.0
        for other in model.inputStart[o]..<model.inputStart[o + 1] where model.inputItem[other] == model.inputItem[k] {
            perUnit += model.inputQty[other]
        }
        return perUnit
    }

    private mutating func placeSkeletonOrder(_ p: Int, at s: Int, target: Double) {
        guard target > Self.tiny, s + model.buyLeadTime[p] < h else { return }
        let minLot = purchaseQty[p * h + s] > Self.tiny ? 0 : model.buyMinLot[p], multiple = model.buyLotMultiple[p]
        let wanted = LotRule.nearest(target, minLot: minLot, multiple: multiple)
        guard wanted > Self.tiny else { return }
        let limit = min(max(0, purchaseLeft[p * h + s]), moneyLimit(unitCost: model.buyUnitCost[p], at: s, enough: wanted).qty)
        let qty = wanted <= limit * (1 + 1e-12) ? wanted : LotRule.down(limit, minLot: minLot, multiple: multiple)
        if qty > Self.tiny { order(p, qty, at: s, sign: 1) }
    }
}

extension LotRule {
    /// The lawful quantity nearest to `target` (the larger one on a tie).
    static func nearest(_ target: Double, minLot: Double, multiple: Double) -> Double {
        let below = down(target, minLot: minLot, multiple: multiple)
        let above = up(target, minLot: minLot, multiple: multiple)
        return target - below < above - target ? below : above
    }
}
