extension Allocator {
    /// Places the starts and orders of an LP solution as planned supply, to
    /// be withdrawn by the demands' usual search afterwards.
    ///
    /// Items are taken inputs first, so that an operation's inputs made by
    /// the skeleton are in stock when the operation is placed. Each target is
    /// rounded to the nearest lawful lot, then cut to what the capacity and
    /// money left and the inputs in stock allow: a skeleton never searches,
    /// so it cannot take what another of its entries needs.
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
        for k in inputs {
            // An item listed twice among the inputs is withdrawn twice: count its whole use per unit.
            var perUnit = 0.0
            for other in inputs where model.inputItem[other] == model.inputItem[k] { perUnit += model.inputQty[other] }
            limit = min(limit, available(model.inputItem[k], at: s) / perUnit)
        }
        let qty = wanted <= limit * (1 + 1e-12) ? wanted : LotRule.down(limit, minLot: minLot, multiple: multiple)
        if qty > Self.tiny { startWithInputs(o, qty, at: s) }
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
