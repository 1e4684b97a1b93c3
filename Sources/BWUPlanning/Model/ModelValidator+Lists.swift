extension ModelValidator {
    mutating func checkResources() {
        for (r, resource) in model.resources.enumerated() {
            capacity(resource.capacity, "$.resources[\(r)].capacity")
        }
    }

    mutating func lots(minLot: Double, lotMultiple: Double, _ path: @autoclosure () -> String) {
        quantity(minLot, path() + ".minLot")
        quantity(lotMultiple, path() + ".lotMultiple")
    }

    mutating func leadTime(_ value: Int, _ path: @autoclosure () -> String) {
        if value < 0 { fail(path() + ".leadTime", "must be ≥ 0") }
    }

    mutating func checkOperations() {
        _ = uniqueIDs(model.operations.map(\.id), list: "operations")
        for (o, op) in model.operations.enumerated() {
            func path() -> String { "$.operations[\(o)]" }
            item(op.item, path() + ".item")
            leadTime(op.leadTime, path())
            quantity(op.unitCost, path() + ".unitCost")
            lots(minLot: op.minLot, lotMultiple: op.lotMultiple, path())
            for (c, input) in op.consumes.enumerated() {
                item(input.item, "\(path()).consumes[\(c)].item")
                quantity(input.qty, "\(path()).consumes[\(c)].qty")
            }
            for (l, load) in op.loads.enumerated() {
                if !resourceIDs.contains(load.resource) {
                    fail("\(path()).loads[\(l)].resource", "unknown resource \"\(load.resource)\"")
                }
                quantity(load.perUnit, "\(path()).loads[\(l)].perUnit")
            }
        }
    }

    mutating func checkPurchases() {
        _ = uniqueIDs(model.purchases.map(\.id), list: "purchases")
        for (p, buy) in model.purchases.enumerated() {
            func path() -> String { "$.purchases[\(p)]" }
            item(buy.item, path() + ".item")
            leadTime(buy.leadTime, path())
            quantity(buy.unitCost, path() + ".unitCost")
            lots(minLot: buy.minLot, lotMultiple: buy.lotMultiple, path())
            if let cap = buy.capacity { capacity(cap, path() + ".capacity") }
        }
    }

    mutating func checkStock() {
        for (s, stock) in model.onHand.enumerated() {
            item(stock.item, "$.onHand[\(s)].item")
            quantity(stock.qty, "$.onHand[\(s)].qty")
        }
        for (r, receipt) in model.receipts.enumerated() {
            item(receipt.item, "$.receipts[\(r)].item")
            quantity(receipt.qty, "$.receipts[\(r)].qty")
            if receipt.bucket < 0 || receipt.bucket >= model.horizon.buckets {
                fail("$.receipts[\(r)].bucket", "must be inside the horizon 0…\(model.horizon.buckets - 1)")
            }
        }
    }

    mutating func checkDemands() {
        _ = uniqueIDs(model.demands.map(\.id), list: "demands")
        for (d, demand) in model.demands.enumerated() {
            func path() -> String { "$.demands[\(d)]" }
            item(demand.item, path() + ".item")
            quantity(demand.qty, path() + ".qty")
            quantity(demand.value, path() + ".value")
            if demand.due < 0 { fail(path() + ".due", "must be ≥ 0") }
            if demand.priority < 1 { fail(path() + ".priority", "must be ≥ 1") }
        }
    }

    mutating func checkBudget() {
        guard let budget = model.budget else { return }
        if budget.count > model.horizon.buckets {
            fail("$.budget", "has \(budget.count) entries, more than the \(model.horizon.buckets) buckets")
        }
        for (t, amount) in budget.enumerated() { quantity(amount, "$.budget[\(t)]") }
    }
}
