import BWUPlanning

/// The planning problem left after a ``PlanCut``: the demand quantities the cut took
/// away, to be served from what the kept plan leaves over. Capacity, supplier capacity,
/// stock and money are what the kept plan does not use, so any feasible plan of this
/// model added to the kept plan is feasible for the whole (reduced) model. Only what
/// can still matter is included: a lost quantity whose item no remaining source or
/// stock can provide is not planned (no plan could serve it), nor is any source that
/// needs such an item.
struct ResidualModel {
    let model: PlanningModel
    /// Lost demands no plan can serve, by demand index, with the item that blocks them.
    let unservable: [Int: Cause]

    /// - Parameters:
    ///   - cut: what is left of the baseline.
    ///   - ledger: the baseline laid out by lot.
    ///   - index: the baseline model's indices.
    ///   - removed: the sources the scenario removes.
    ///   - added: orders a ``PlanRepair`` placed instead, keyed `purchase * h + bucket`.
    init(cut: PlanCut, ledger: BaselineLedger, index: SupplyIndex, removed: Set<SourceRef>, added: [(key: Int, qty: Double)]) {
        let base = index.model, h = ledger.h
        let left = LeftOver(cut: cut, ledger: ledger, index: index, added: added)
        var lost: [(index: Int, demand: Demand)] = []
        for d in cut.lost.keys.sorted() where cut.lost[d]! > 1e-9 * max(1, base.demands[d].qty) {
            var demand = base.demands[d]
            demand.qty = cut.lost[d]!
            lost.append((d, demand))
        }
        let reach = Reach(roots: lost.map { index.itemIndex[$0.demand.item]! }, left: left, index: index, removed: removed)

        var residual = PlanningModel(currency: base.currency, horizon: base.horizon)
        var unservable: [Int: Cause] = [:]
        for (d, demand) in lost {
            let i = index.itemIndex[demand.item]!
            if reach.possible[i] {
                residual.demands.append(demand)
            } else {
                let item = base.items[reach.blocker(of: i)].id
                unservable[d] = .material(item: item, bucket: min(demand.due, h - 1), source: nil)
            }
        }
        self.unservable = unservable
        let needed = reach.needed(roots: residual.demands.map { index.itemIndex[$0.item]! })

        var usedResources = Set<Int>()
        for (i, item) in base.items.enumerated() where needed[i] {
            residual.items.append(item)
            for (t, qty) in left.freeStock(of: i) {
                if t == 0 { residual.onHand.append(StockLevel(item: item.id, qty: qty)) } else {
                    residual.receipts.append(Receipt(item: item.id, bucket: t, qty: qty))
                }
            }
        }
        for (o, op) in base.operations.enumerated() where needed[index.itemIndex[op.item]!] && reach.usable(.operation(o)) {
            residual.operations.append(op)
            for l in ledger.opLoads[o] { usedResources.insert(l.resource) }
        }
        for (p, buy) in base.purchases.enumerated() where needed[index.itemIndex[buy.item]!] && reach.usable(.purchase(p)) {
            var source = buy
            if let capacity = buy.capacity, (0..<h).contains(where: { left.ordered[p * h + $0] > 0 }) {
                source.capacity = .perBucket((0..<h).map { max(0, capacity.value(in: $0) - left.ordered[p * h + $0]) })
            }
            residual.purchases.append(source)
        }
        for (r, resource) in base.resources.enumerated() where usedResources.contains(r) {
            var line = resource
            if (0..<h).contains(where: { left.load[r * h + $0] > 0 }) {
                line.capacity = .perBucket((0..<h).map { max(0, resource.capacity.value(in: $0) - left.load[r * h + $0]) })
            }
            residual.resources.append(line)
        }
        if let budget = base.budget {
            residual.budget = left.freeMoney(budget: budget)
        }
        model = residual
    }
}
