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
    /// The scenario only removes sources, and no demand loses anything: the baseline's
    /// orders from removed suppliers were moved to other purchase sources of the same
    /// items, arriving no later, within their capacity, lot rules and the budget, and
    /// whatever could not be moved was covered by stock. Deliveries are exactly the
    /// baseline's; the engine is not called.
    case repaired
    /// The scenario only removes sources. The baseline plan is kept except the lots of
    /// the removed sources (moved to other suppliers where possible) and whatever they
    /// starve; only the demand quantities lost that way are re-planned by the engine,
    /// with the capacity, stock and money the kept plan leaves over.
    case partial
    /// The planning engine planned the changed model from the start.
    case replanned
}

/// A changed model and a feasible plan for it.
public struct ScenarioPlan: Sendable {
    /// The model the plan is for (removed sources are gone from it).
    public var model: PlanningModel
    public var plan: PlanResult
    public var method: ReplanMethod
    /// Service per demand when the runner already knows it (saves looking ids up again).
    var service: DemandService?

    /// - Parameters:
    ///   - model: the changed model.
    ///   - plan: a feasible plan for it.
    ///   - method: how the plan was obtained.
    public init(model: PlanningModel, plan: PlanResult, method: ReplanMethod) {
        self.model = model
        self.plan = plan
        self.method = method
    }

    init(model: PlanningModel, plan: PlanResult, method: ReplanMethod, service: DemandService) {
        self.init(model: model, plan: plan, method: method)
        self.service = service
    }
}
