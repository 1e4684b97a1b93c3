import BWUPlanning

/// Plans scenarios against one baseline, reusing the baseline plan wherever the
/// scenario leaves it intact (see ``ReplanMethod``).
struct ScenarioRunner: Sendable {
    let index: SupplyIndex
    let baseline: PlanResult
    let ledger: BaselineLedger
    let usedOperations: Set<Int>
    let usedPurchases: Set<Int>
    let service: DemandService
    let options: PlanOptions

    init(index: SupplyIndex, baseline: PlanResult, options: PlanOptions) {
        self.index = index
        self.baseline = baseline
        self.options = options
        ledger = BaselineLedger(index: index, plan: baseline)
        usedOperations = Set(ledger.opLots.filter { $0.qty > 0 }.map(\.source))
        usedPurchases = Set(ledger.buyLots.filter { $0.qty > 0 }.map(\.source))
        service = DemandService(model: index.model, plan: baseline)
    }

    /// A feasible plan for `change`. A scenario that only removes sources reuses the
    /// baseline: ``ReplanMethod/unaffected`` when it uses none of them, else the orders
    /// of removed suppliers are moved where possible (``PlanRepair``), what still cannot
    /// be supplied is cut (``PlanCut``), and only the demand quantities lost are planned
    /// again (``ReplanMethod/repaired`` when there are none, else ``ReplanMethod/partial``).
    /// Any other scenario, or `incremental` false, is planned from the start.
    /// - Parameters:
    ///   - incremental: false plans every scenario from the start.
    ///   - entries: false leaves a `partial` plan's entry lists empty (KPIs, unmet and
    ///     service are complete); the report needs no more and saves copying them.
    func run(_ change: ScenarioChange, incremental: Bool = true, entries: Bool = true) throws(ModelError) -> ScenarioPlan {
        let reduced = change.reducedModel()
        guard incremental && change.onlyRemovesSources else {
            return ScenarioPlan(model: reduced, plan: try Planner.plan(reduced, options: options), method: .replanned)
        }
        if usedOperations.isDisjoint(with: change.removedOperations) && usedPurchases.isDisjoint(with: change.removedPurchases) {
            return ScenarioPlan(model: reduced, plan: baseline, method: .unaffected, service: service)
        }
        let repair = PlanRepair(ledger: ledger, index: index, removed: change.removedPurchases)
        let cut = PlanCut(ledger: ledger, index: index, removedOperations: change.removedOperations,
                          removedPurchases: change.removedPurchases, added: repair.added)
        var residualPlan: PlanResult?
        var unservable: [Int: Cause] = [:]
        if !cut.lost.isEmpty {
            let residual = ResidualModel(cut: cut, ledger: ledger, index: index, removed: change.removedSources, added: repair.added)
            unservable = residual.unservable
            if !residual.model.demands.isEmpty { residualPlan = try planResidual(residual.model) }
        }
        let merged = PlanMerge(cut: cut, residual: residualPlan, baseline: baseline, ledger: ledger, model: index.model,
                               added: repair.added, unservable: unservable, entries: entries)
        return ScenarioPlan(model: reduced, plan: merged.plan, method: cut.lost.isEmpty ? .repaired : .partial, service: merged.service)
    }

    /// Plans a residual model, first without its budget: when that plan's spend fits
    /// the money left anyway, the budget did not bind and the plan is kept (it is
    /// feasible for the model with the budget); otherwise the model is planned again
    /// with it. Tracking money is a large share of the engine's work on small models.
    private func planResidual(_ model: PlanningModel) throws(ModelError) -> PlanResult {
        guard let budget = model.budget else { return try Planner.plan(model, options: options) }
        var relaxed = model
        relaxed.budget = nil
        let plan = try Planner.plan(relaxed, options: options)
        var spend = [Double](repeating: 0, count: ledger.h)
        for entry in plan.operations { spend[entry.start] += entry.qty * ledger.operationCost[entry.operation]! }
        for entry in plan.purchases { spend[entry.order] += entry.qty * ledger.purchaseCost[entry.purchase]! }
        var have = 0.0, used = 0.0
        for t in 0..<ledger.h {
            have += t < budget.count ? budget[t] : 0
            used += spend[t]
            if used > have * (1 - 1e-9) { return try Planner.plan(model, options: options) }
        }
        return plan
    }
}
