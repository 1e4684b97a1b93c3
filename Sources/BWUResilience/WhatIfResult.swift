import BWUPlanning

/// Service figures of one plan: the format's KPIs plus on-time fill per priority.
public struct ServiceFigures: Codable, Sendable, Equatable {
    public var kpis: KPIs
    /// On-time fill per priority level, keyed by the level (`"1"`, `"2"`, …).
    public var onTimeFillByPriority: [String: Double]

    init(model: PlanningModel, plan: PlanResult) {
        kpis = plan.kpis
        onTimeFillByPriority = PlanMetrics.onTimeFillByPriority(model: model, plan: plan)
            .reduce(into: [:]) { $0[String($1.key)] = $1.value }
    }
}

/// The outcome of one custom what-if scenario.
public struct WhatIfResult: Codable, Sendable, Equatable {
    public var id: String
    public var description: String?
    public var method: ReplanMethod
    /// The baseline's figures and the scenario's (an added demand counts in `after` only).
    public var before: ServiceFigures
    public var after: ServiceFigures
    /// Demands served differently, hurt ones first, then added and improved ones.
    public var changed: [DemandChange]
    /// Why the hurt demands are hurt (see ``DisruptionReason``).
    public var reasons: [DisruptionReason]
}

extension WhatIfResult {
    /// - Parameters:
    ///   - whatIf: the scenario.
    ///   - scenario: its model and plan.
    ///   - before: the baseline's figures and service.
    ///   - removed: the sources the scenario removes.
    ///   - index: the baseline's indices.
    init(whatIf: WhatIf, scenario: ScenarioPlan, before: ServiceFigures, service: DemandService,
         removed: Set<SourceRef>, index: SupplyIndex) {
        let after = scenario.service ?? DemandService(model: scenario.model, plan: scenario.plan)
        let changes = after.changes(from: service, model: scenario.model)
        let hurt = changes.filter(\.hurt)
        self.init(
            id: whatIf.id, description: whatIf.description, method: scenario.method, before: before,
            after: ServiceFigures(model: scenario.model, plan: scenario.plan),
            changed: hurt + changes.filter { !$0.hurt },
            reasons: index.reasons(hurt: hurt, removed: removed))
    }
}
