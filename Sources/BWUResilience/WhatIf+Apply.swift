import BWUPlanning

extension WhatIf {
    /// The scenario as a change of a validated model. Assumes the scenario passed
    /// ``ScenarioFile/validationErrors(model:)`` for that model.
    func change(of index: SupplyIndex) -> ScenarioChange {
        var model = index.model
        let removed = removedSources(index: index)
        for cut in cutCapacity {
            guard let r = model.resources.firstIndex(where: { $0.id == cut.resource }) else { continue }
            let h = model.horizon.buckets
            let capacity = model.resources[r].capacity
            let last = min(cut.to ?? h - 1, h - 1)
            let factor = 1 - cut.percent / 100
            model.resources[r].capacity = .perBucket((0..<h).map { t in
                let value = capacity.value(in: t)
                return t >= cut.from && t <= last ? value * factor : value
            })
        }
        for change in lengthenLeadTimes {
            for o in model.operations.indices where change.selects(operation: model.operations[o]) {
                model.operations[o].leadTime += change.by
            }
            for p in model.purchases.indices where change.selects(purchase: model.purchases[p]) {
                model.purchases[p].leadTime += change.by
            }
        }
        model.demands += addDemands
        let onlyRemoves = cutCapacity.isEmpty && lengthenLeadTimes.isEmpty && addDemands.isEmpty
        return ScenarioChange(model: model, removedOperations: removed.operations, removedPurchases: removed.purchases,
                              onlyRemovesSources: onlyRemoves)
    }

    /// Indices of the operations and purchase sources the scenario removes.
    private func removedSources(index: SupplyIndex) -> (operations: Set<Int>, purchases: Set<Int>) {
        let model = index.model
        let sources = Set(removeSources), suppliers = Set(removeSuppliers)
        let countries = Set(removeCountries), locations = Set(removeLocations)
        var operations: Set<Int> = [], purchases: Set<Int> = []
        for (o, op) in model.operations.enumerated() {
            if sources.contains(op.id) || index.location(ofOperation: o).map(locations.contains) == true { operations.insert(o) }
        }
        for (p, buy) in model.purchases.enumerated() {
            if sources.contains(buy.id) || buy.supplier.map(suppliers.contains) == true || buy.country.map(countries.contains) == true {
                purchases.insert(p)
            }
        }
        return (operations, purchases)
    }
}

extension LeadTimeChange {
    func selects(operation: Operation) -> Bool {
        operation.id == source || operation.item == item
    }

    func selects(purchase: Purchase) -> Bool {
        purchase.id == source || purchase.item == item
            || (supplier != nil && purchase.supplier == supplier) || (country != nil && purchase.country == country)
    }
}
