import BWUPlanning

/// One scenario as the runner sees it: a model (possibly edited: capacities,
/// lead times, added demands) with the same operation and purchase lists as
/// the baseline, and the sources to drop from it. Keeping the lists aligned
/// lets every scenario reuse the baseline's indices.
struct ScenarioChange: Sendable {
    var model: PlanningModel
    var removedOperations: Set<Int> = []
    var removedPurchases: Set<Int> = []
    /// True when the scenario only removes sources: nothing else in `model` differs from the baseline.
    var onlyRemovesSources: Bool

    /// The model to plan: `model` without the removed sources.
    func reducedModel() -> PlanningModel {
        var reduced = model
        if !removedOperations.isEmpty {
            reduced.operations = model.operations.indices.filter { !removedOperations.contains($0) }.map { model.operations[$0] }
        }
        if !removedPurchases.isEmpty {
            reduced.purchases = model.purchases.indices.filter { !removedPurchases.contains($0) }.map { model.purchases[$0] }
        }
        return reduced
    }

    /// Every removed source.
    var removedSources: Set<SourceRef> {
        Set(removedOperations.map(SourceRef.operation)).union(removedPurchases.map(SourceRef.purchase))
    }
}

/// How the plan of a scenario was obtained.
public enum ReplanMethod: String, Codable, Sendable {
    /// The scenario only removes sources the baseline plan never uses, so the baseline
    /// plan is still feasible without them and is kept: no demand can lose anything.
    case unaffected
    /// The scenario only removes purchase sources; every baseline order from them was
    /// moved to another purchase source of the same item, ordered so that it arrives no
    /// later, within that source's capacity, lot rules and the budget. Deliveries are
    /// exactly the baseline's; only cost changes.
    case repaired
    /// The planning engine planned the changed model from the start.
    case replanned
}

/// A changed model and a feasible plan for it.
public struct ScenarioPlan: Sendable {
    /// The model the plan is for (removed sources are gone from it).
    public var model: PlanningModel
    public var plan: PlanResult
    public var method: ReplanMethod
}

/// Plans scenarios against one baseline, skipping the engine where a plan that loses
/// nothing can be shown without it (see ``ReplanMethod``).
struct ScenarioRunner: Sendable {
    let index: SupplyIndex
    let baseline: PlanResult
    let usedOperations: Set<Int>
    let usedPurchases: Set<Int>
    let orders: [BaselineOrder]
    let operationSpend: [Double]

    init(index: SupplyIndex, baseline: PlanResult) {
        self.index = index
        self.baseline = baseline
        let model = index.model
        var opIndex: [String: Int] = [:], buyIndex: [String: Int] = [:]
        for (o, op) in model.operations.enumerated() { opIndex[op.id] = o }
        for (p, buy) in model.purchases.enumerated() { buyIndex[buy.id] = p }
        usedOperations = Set(baseline.operations.compactMap { $0.qty > 0 ? opIndex[$0.operation] : nil })
        usedPurchases = Set(baseline.purchases.compactMap { $0.qty > 0 ? buyIndex[$0.purchase] : nil })
        orders = baseline.purchases.map { BaselineOrder(purchase: buyIndex[$0.purchase]!, bucket: $0.order, qty: $0.qty) }
        var spend = [Double](repeating: 0, count: model.horizon.buckets)
        for entry in baseline.operations { spend[entry.start] += entry.qty * model.operations[opIndex[entry.operation]!].unitCost }
        operationSpend = spend
    }

    /// The cheapest way to a feasible plan for `change`.
    /// - Parameter allowShortcuts: false forces the engine (tests compare both ways).
    func run(_ change: ScenarioChange, allowShortcuts: Bool = true) throws(ModelError) -> ScenarioPlan {
        let reduced = change.reducedModel()
        if allowShortcuts && change.onlyRemovesSources && usedOperations.isDisjoint(with: change.removedOperations) {
            if usedPurchases.isDisjoint(with: change.removedPurchases) {
                return ScenarioPlan(model: reduced, plan: baseline, method: .unaffected)
            }
            var repair = PlanRepair(index: index, baseline: baseline, orders: orders, operationSpend: operationSpend,
                                    removed: change.removedPurchases)
            if let plan = repair.run() {
                return ScenarioPlan(model: reduced, plan: plan, method: .repaired)
            }
        }
        return ScenarioPlan(model: reduced, plan: try Planner.plan(reduced), method: .replanned)
    }
}
