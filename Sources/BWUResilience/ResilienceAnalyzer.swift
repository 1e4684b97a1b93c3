import BWUPlanning
import Foundation

/// Names one disruption scenario: a supplier, country or location that drops out.
public struct DisruptionID: Hashable, Sendable {
    public var kind: DisruptionKind
    public var name: String

    public init(kind: DisruptionKind, name: String) {
        self.kind = kind
        self.name = name
    }
}

/// Resilience analysis of one model. The baseline plan and every index are
/// computed once here and shared by all scenarios, which run on all cores.
public struct ResilienceAnalyzer: Sendable {
    public let model: PlanningModel
    /// The engine's plan of the unchanged model.
    public let baseline: PlanResult
    let index: SupplyIndex
    let runner: ScenarioRunner
    let service: DemandService

    /// Plans the baseline and builds the indices.
    /// - Parameters:
    ///   - model: a `bwu-plan/1` model; it is validated first.
    ///   - options: the planner's passes, for the baseline and every scenario.
    /// - Throws: ``ModelError`` when the model breaks a rule of the format.
    public init(model: PlanningModel, options: PlanOptions = PlanOptions()) throws(ModelError) {
        // Planning validates the model.
        self.init(valid: model, baseline: try Planner.plan(model, options: options), options: options)
    }

    /// Builds the indices around a baseline planned before, such as a stored plan run's.
    /// - Parameters:
    ///   - model: the `bwu-plan/1` model the baseline plans; it is validated first.
    ///   - baseline: the engine's plan of `model` with `options`; scenarios reuse its lots.
    ///   - options: the planner's passes for every scenario.
    /// - Throws: ``ModelError`` when the model breaks a rule of the format.
    public init(model: PlanningModel, baseline: PlanResult, options: PlanOptions) throws(ModelError) {
        try model.validate()
        self.init(valid: model, baseline: baseline, options: options)
    }

    private init(valid model: PlanningModel, baseline: PlanResult, options: PlanOptions) {
        self.model = model
        self.baseline = baseline
        index = SupplyIndex(model)
        runner = ScenarioRunner(index: index, baseline: baseline, options: options)
        service = DemandService(model: model, plan: baseline)
    }

    /// Every disruption scenario of the given kinds, suppliers then countries then locations, by name.
    public func disruptions(kinds: Set<DisruptionKind> = Set(DisruptionKind.allCases)) -> [DisruptionID] {
        index.disruptions(kinds: kinds).map { DisruptionID(kind: $0.kind, name: $0.name) }
    }

    /// The model without one supplier, country or location, and a feasible plan for it.
    /// - Parameters:
    ///   - id: what drops out; unknown names remove nothing.
    ///   - incremental: false plans the changed model from the start (see ``ReplanMethod``).
    public func plan(without id: DisruptionID, incremental: Bool = true) -> ScenarioPlan {
        let disruption = index.disruptions(kinds: [id.kind]).first { $0.name == id.name }
            ?? Disruption(kind: id.kind, name: id.name)
        return plan(disruption, incremental: incremental)
    }

    /// The model changed by a what-if, and a feasible plan for it.
    /// - Parameters:
    ///   - whatIf: a scenario that passed ``ScenarioFile/validationErrors(model:)``.
    ///   - incremental: false plans the changed model from the start.
    /// - Throws: ``ModelError`` if the changed model breaks a rule of the format.
    public func plan(_ whatIf: WhatIf, incremental: Bool = true) throws(ModelError) -> ScenarioPlan {
        try runner.run(whatIf.change(of: index), incremental: incremental)
    }

    func plan(_ disruption: Disruption, incremental: Bool = true, entries: Bool = true) -> ScenarioPlan {
        let change = ScenarioChange(model: model, removedOperations: disruption.operations,
                                    removedPurchases: disruption.purchases, onlyRemovesSources: true)
        do {
            return try runner.run(change, incremental: incremental, entries: entries)
        } catch {
            // Removing sources from a valid model leaves a valid model.
            preconditionFailure("model without \(disruption.name) is invalid: \(error)")
        }
    }
}
