import BWUPlanning

/// Adds the plan of a ``ResidualModel`` to what a ``PlanCut`` kept of the baseline, and
/// works out the unmet list, the KPIs (as the spec and `verify_plan.py` define them) and
/// each demand's service from the lots directly, without looking ids up again.
struct PlanMerge {
    private(set) var plan: PlanResult
    private(set) var service: DemandService

    /// - Parameters:
    ///   - cut: what is left of the baseline.
    ///   - residual: the plan for the lost demand quantities (`nil`: nothing to re-plan).
    ///   - baseline: the baseline plan (its causes stand for demands the scenario does not touch).
    ///   - ledger: the baseline laid out by lot.
    ///   - model: the baseline model (the scenario has the same demands).
    ///   - added: orders a ``PlanRepair`` placed, keyed `purchase * h + bucket`; merged into a
    ///     kept order of the same source and bucket, so lot rules hold on the total.
    ///   - unservable: causes of lost quantities no plan can serve, by demand index.
    ///   - entries: false leaves the plan's operation, purchase and delivery lists empty
    ///     (KPIs, unmet and service are still complete): the ranking needs no more.
    init(cut: PlanCut, residual: PlanResult?, baseline: PlanResult, ledger: BaselineLedger, model: PlanningModel,
         added: [(key: Int, qty: Double)], unservable: [Int: Cause], entries: Bool = true) {
        let h = ledger.h
        var operations: [PlannedOperation] = [], purchases: [PlannedPurchase] = [], deliveries: [Delivery] = []
        var cost = residual?.kpis.cost ?? 0
        for (k, lot) in ledger.opLots.enumerated() where !cut.opCut[k] {
            if entries { operations.append(baseline.operations[k]) }
            cost += lot.qty * model.operations[lot.source].unitCost
        }
        var addedQty: [Int: Double] = [:]
        for entry in added {
            addedQty[entry.key, default: 0] += entry.qty
            cost += entry.qty * model.purchases[entry.key / h].unitCost
        }
        for (k, lot) in ledger.buyLots.enumerated() where !cut.buyCut[k] {
            cost += lot.qty * model.purchases[lot.source].unitCost
            guard entries else { continue }
            var entry = baseline.purchases[k]
            if let qty = addedQty.removeValue(forKey: lot.source * h + entry.order) { entry.qty += qty }
            purchases.append(entry)
        }
        for entry in added where entries && addedQty[entry.key] != nil {
            purchases.append(PlannedPurchase(purchase: model.purchases[entry.key / h].id, order: entry.key % h, qty: entry.qty))
        }

        var service = DemandService(count: model.demands.count)
        var lateness = residual?.kpis.weightedLateness ?? 0
        for (k, lot) in ledger.deliveries.enumerated() where cut.kept[k] > 0 {
            let d = lot.source, demand = model.demands[d]
            if entries { deliveries.append(Delivery(demand: demand.id, bucket: lot.bucket, qty: cut.kept[k])) }
            service.delivered[d] += cut.kept[k]
            if lot.bucket <= demand.due {
                service.onTime[d] += cut.kept[k]
            } else {
                lateness += demand.value * cut.kept[k] * Double(lot.bucket - demand.due)
            }
        }
        service.causes = ledger.baselineCauses
        for (d, cause) in unservable { service.causes[d] = cause }
        if let residual {
            if entries {
                operations += residual.operations
                purchases += residual.purchases
                deliveries += residual.deliveries
            }
            for delivery in residual.deliveries {
                let d = ledger.demandIndex[delivery.demand]!
                service.delivered[d] += delivery.qty
                if delivery.bucket <= model.demands[d].due { service.onTime[d] += delivery.qty }
            }
            // The residual plan's causes are the ones that bound the re-planned quantities.
            for unmet in residual.unmet { service.causes[ledger.demandIndex[unmet.demand]!] = unmet.cause }
        }

        var unmet: [Unmet] = []
        var total = 0.0, onTime = 0.0, delivered = 0.0
        for (d, demand) in model.demands.enumerated() {
            total += demand.value * demand.qty
            onTime += demand.value * service.onTime[d]
            delivered += demand.value * service.delivered[d]
            guard service.onTime[d] < demand.qty - 1e-9 * max(1, demand.qty) else { continue }
            let cause = service.causes[d] ?? .material(item: demand.item, bucket: min(demand.due, h - 1), source: nil)
            service.causes[d] = cause
            unmet.append(Unmet(demand: demand.id, qty: demand.qty - service.onTime[d], cause: cause))
        }
        let kpis = KPIs(onTimeFill: total > 0 ? onTime / total : 1, fill: total > 0 ? delivered / total : 1,
                        weightedLateness: lateness, cost: cost)
        plan = PlanResult(operations: operations, purchases: purchases, deliveries: deliveries, unmet: unmet, kpis: kpis)
        self.service = service
    }
}
