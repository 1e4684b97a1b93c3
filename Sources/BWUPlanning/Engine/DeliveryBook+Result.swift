extension DeliveryBook {
    /// The plan: starts and orders by source in model order then bucket,
    /// deliveries by demand in model order then bucket, unmet demands in model
    /// order, and the KPIs computed as the checker does.
    func result(allocator: Allocator) -> PlanResult {
        let h = compiled.buckets
        var operations: [PlannedOperation] = []
        for o in compiled.operationIDs.indices {
            for s in 0..<h where allocator.operationQty[o * h + s] > Allocator.tiny {
                operations.append(PlannedOperation(operation: compiled.operationIDs[o], start: s, qty: allocator.operationQty[o * h + s]))
            }
        }
        var purchases: [PlannedPurchase] = []
        for p in compiled.purchaseIDs.indices {
            for s in 0..<h where allocator.purchaseQty[p * h + s] > Allocator.tiny {
                purchases.append(PlannedPurchase(purchase: compiled.purchaseIDs[p], order: s, qty: allocator.purchaseQty[p * h + s]))
            }
        }
        let sorted = entries.sorted { $0.demand != $1.demand ? $0.demand < $1.demand : $0.bucket < $1.bucket }
        let deliveries = sorted.map { Delivery(demand: model.demands[$0.demand].id, bucket: $0.bucket, qty: $0.qty) }

        var unmet: [Unmet] = []
        for d in demands.indices {
            let missing = demands[d].qty - onTime[d]
            if missing > Allocator.tiny * max(1, demands[d].qty) {
                let blocker = causes[d] ?? .material(item: demands[d].item, bucket: min(demands[d].due, h - 1), source: nil)
                unmet.append(Unmet(demand: model.demands[d].id, qty: missing, cause: cause(of: blocker)))
            }
        }
        return PlanResult(operations: operations, purchases: purchases, deliveries: deliveries, unmet: unmet,
                          kpis: kpis(allocator: allocator))
    }

    func kpis(allocator: Allocator) -> KPIs {
        var denominator = 0.0, onTimeValue = 0.0, deliveredValue = 0.0, lateness = 0.0
        for d in demands.indices {
            denominator += demands[d].value * demands[d].qty
            onTimeValue += demands[d].value * onTime[d]
            deliveredValue += demands[d].value * delivered[d]
        }
        for entry in entries where entry.bucket > demands[entry.demand].due {
            lateness += demands[entry.demand].value * entry.qty * Double(entry.bucket - demands[entry.demand].due)
        }
        var cost = 0.0
        let h = compiled.buckets
        for o in compiled.operationIDs.indices where compiled.opUnitCost[o] > 0 {
            for s in 0..<h { cost += allocator.operationQty[o * h + s] * compiled.opUnitCost[o] }
        }
        for p in compiled.purchaseIDs.indices where compiled.buyUnitCost[p] > 0 {
            for s in 0..<h { cost += allocator.purchaseQty[p * h + s] * compiled.buyUnitCost[p] }
        }
        return KPIs(
            onTimeFill: denominator > 0 ? onTimeValue / denominator : 1,
            fill: denominator > 0 ? deliveredValue / denominator : 1,
            weightedLateness: lateness, cost: cost)
    }

    /// The public cause for an internal blocker.
    func cause(of blocker: Blocker) -> Cause {
        switch blocker {
        case .capacity(let r, let bucket):
            return .capacity(resource: compiled.resourceIDs[r], bucket: bucket)
        case .purchaseCapacity(let p, let bucket):
            return .material(item: compiled.itemIDs[compiled.buyItem[p]], bucket: bucket, source: compiled.purchaseIDs[p])
        case .budget(let bucket):
            return .budget(bucket: bucket)
        case .lot(let source, let bucket):
            return .lot(source: sourceID(source), bucket: bucket)
        case .leadTime(let item, let bucket, _):
            let earliest = compiled.earliestSupply[item]
            return .leadTime(item: compiled.itemIDs[item], bucket: bucket, earliest: earliest == Int.max ? nil : earliest)
        case .material(let item, let bucket, let source):
            return .material(item: compiled.itemIDs[item], bucket: bucket, source: source.map(sourceID))
        }
    }

    func sourceID(_ source: Int) -> String {
        source >= 0 ? compiled.operationIDs[source] : compiled.purchaseIDs[-source - 1]
    }
}
