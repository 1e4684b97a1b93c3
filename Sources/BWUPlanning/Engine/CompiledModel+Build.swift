extension CompiledModel {
    /// Compiles a validated model.
    init(_ model: PlanningModel) {
        let h = model.horizon.buckets
        buckets = h
        itemIDs = model.items.map(\.id)
        resourceIDs = model.resources.map(\.id)
        operationIDs = model.operations.map(\.id)
        purchaseIDs = model.purchases.map(\.id)
        let item = Self.indexMap(itemIDs)
        let resource = Self.indexMap(resourceIDs)

        var inputStart = [0], inputItem: [Int] = [], inputQty: [Double] = []
        var loadStart = [0], loadResource: [Int] = [], loadPerUnit: [Double] = []
        for op in model.operations {
            for input in op.consumes where input.qty > 0 {
                inputItem.append(item[input.item]!)
                inputQty.append(input.qty)
            }
            for load in op.loads where load.perUnit > 0 {
                loadResource.append(resource[load.resource]!)
                loadPerUnit.append(load.perUnit)
            }
            inputStart.append(inputItem.count)
            loadStart.append(loadResource.count)
        }
        opItem = model.operations.map { item[$0.item]! }
        opLeadTime = model.operations.map(\.leadTime)
        opUnitCost = model.operations.map(\.unitCost)
        opMinLot = model.operations.map(\.minLot)
        opLotMultiple = model.operations.map(\.lotMultiple)
        self.inputStart = inputStart
        self.inputItem = inputItem
        self.inputQty = inputQty
        self.loadStart = loadStart
        self.loadResource = loadResource
        self.loadPerUnit = loadPerUnit
        var operationsLoading = [[Int]](repeating: [], count: resourceIDs.count)
        for o in model.operations.indices {
            for k in loadStart[o]..<loadStart[o + 1] where operationsLoading[loadResource[k]].last != o {
                operationsLoading[loadResource[k]].append(o)
            }
        }
        self.operationsLoading = operationsLoading

        buyItem = model.purchases.map { item[$0.item]! }
        buyLeadTime = model.purchases.map(\.leadTime)
        buyUnitCost = model.purchases.map(\.unitCost)
        buyMinLot = model.purchases.map(\.minLot)
        buyLotMultiple = model.purchases.map(\.lotMultiple)

        resourceCapacity = model.resources.flatMap { r in (0..<h).map { r.capacity.value(in: $0) } }
        buyCapacity = model.purchases.flatMap { p in (0..<h).map { p.capacity?.value(in: $0) ?? .infinity } }

        var flow = [Double](repeating: 0, count: itemIDs.count * h)
        for stock in model.onHand { flow[item[stock.item]! * h] += stock.qty }
        for receipt in model.receipts { flow[item[receipt.item]! * h + receipt.bucket] += receipt.qty }
        initialFlow = flow
        demandItem = model.demands.map { item[$0.item]! }
        budget = model.budget.map { given in (0..<h).map { $0 < given.count ? given[$0] : 0 } }

        let order = Self.inputsFirstOrder(itemCount: itemIDs.count, opItem: opItem, inputStart: inputStart, inputItem: inputItem)
        inputsFirst = order
        let (byItem, cost, earliest, standardCost) = Self.rollUp(
            order: order, model: model, opItem: opItem, buyItem: buyItem,
            inputStart: inputStart, inputItem: inputItem, inputQty: inputQty, initialFlow: flow, buckets: h)
        earliestSupply = earliest
        let wanted = model.demands.reduce(0.0) { $0 + $1.qty * standardCost[item[$1.item]!] }
        budgetIsScarce = budget.map { $0.reduce(0, +) < wanted } ?? false
        var demandQty = [Double](repeating: 0, count: itemIDs.count)
        for (d, demand) in model.demands.enumerated() { demandQty[demandItem[d]] += demand.qty }
        let (congestion, scarcity) = Self.estimateCongestion(
            order: order, byItem: byItem, demandQty: demandQty, inputStart: inputStart, inputItem: inputItem,
            inputQty: inputQty, loadStart: loadStart, loadResource: loadResource, loadPerUnit: loadPerUnit,
            resourceCapacity: resourceCapacity, buyCapacity: buyCapacity, buckets: h)
        scarcityPerUnit = scarcity
        self.standardCost = standardCost
        repriced = nil
        if !budgetIsScarce && scarcity.contains(where: { $0 > 0 }) {
            let prices = Self.clearingPrices(
                order: order, byItem: byItem, demandQty: demandQty, inputStart: inputStart, inputItem: inputItem,
                inputQty: inputQty, loadStart: loadStart, loadResource: loadResource, loadPerUnit: loadPerUnit,
                resourceCapacity: resourceCapacity, buyCapacity: buyCapacity, buckets: h)
            (sourceStart, sources, lastResortStart) = Self.rank(byItem, cost: cost, congestion: congestion, prices: prices, byCostOnly: false)
            let (_, list, lastResort) = Self.rank(byItem, cost: cost, congestion: congestion, prices: prices, byPrice: true, byCostOnly: false)
            repriced = Repriced(sources: list, lastResortStart: lastResort, scarcityPerUnit: prices.perItem)
        } else {
            (sourceStart, sources, lastResortStart) = Self.rank(byItem, cost: cost, congestion: congestion, byCostOnly: budgetIsScarce)
        }
    }

    static func indexMap(_ ids: [String]) -> [String: Int] {
        var map: [String: Int] = [:]
        map.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() { map[id] = i }
        return map
    }

    /// Items ordered so that every input comes before the items made from it
    /// (the reverse of low-level-code order). The model has no cycle.
    static func inputsFirstOrder(itemCount: Int, opItem: [Int], inputStart: [Int], inputItem: [Int]) -> [Int] {
        var usedBy = [[Int]](repeating: [], count: itemCount)
        var pending = [Int](repeating: 0, count: itemCount)
        for o in opItem.indices {
            for k in inputStart[o]..<inputStart[o + 1] {
                usedBy[inputItem[k]].append(opItem[o])
                pending[opItem[o]] += 1
            }
        }
        var order = (0..<itemCount).filter { pending[$0] == 0 }
        var next = 0
        while next < order.count {
            for parent in usedBy[order[next]] {
                pending[parent] -= 1
                if pending[parent] == 0 { order.append(parent) }
            }
            next += 1
        }
        return order
    }
}
