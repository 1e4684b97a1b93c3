import BWUPlanning

/// The effect of one disruption on the plan, against the baseline.
public struct DisruptionResult: Codable, Sendable, Equatable {
    public var kind: DisruptionKind
    /// The supplier, country or location that drops out.
    public var name: String
    /// How many operations or purchase sources that removes.
    public var removedSources: Int
    public var method: ReplanMethod
    /// KPIs of the plan without it.
    public var kpis: KPIs
    /// Scenario minus baseline; negative on-time fill and fill mean worse.
    public var deltaOnTimeFill: Double
    public var deltaFill: Double
    public var deltaWeightedLateness: Double
    public var deltaCost: Double
    /// Demands that get less on time or less in total than in the baseline.
    public var demandsHurt: Int
    /// Σ value·(on-time quantity lost) over the hurt demands.
    public var valueHurt: Double
    /// Why, most demands first (see ``DisruptionReason``).
    public var reasons: [DisruptionReason]
    /// Every demand served differently, hurt ones first (a re-plan can also help some).
    public var changes: [DemandChange]
}

extension DisruptionResult {
    /// Worst first: lowest on-time fill change, then fill, then more demands hurt, then kind and name.
    static func worstFirst(_ a: DisruptionResult, _ b: DisruptionResult) -> Bool {
        let tolerance = 1e-12
        if abs(a.deltaOnTimeFill - b.deltaOnTimeFill) > tolerance { return a.deltaOnTimeFill < b.deltaOnTimeFill }
        if abs(a.deltaFill - b.deltaFill) > tolerance { return a.deltaFill < b.deltaFill }
        if a.demandsHurt != b.demandsHurt { return a.demandsHurt > b.demandsHurt }
        if a.kind != b.kind { return DisruptionKind.allCases.firstIndex(of: a.kind)! < DisruptionKind.allCases.firstIndex(of: b.kind)! }
        return a.name < b.name
    }

    /// Builds the result of a disruption from its plan.
    /// - Parameters:
    ///   - disruption: what dropped out.
    ///   - scenario: the changed model and its plan.
    ///   - baseline: the baseline plan and service.
    ///   - index: the baseline's indices.
    init(disruption: Disruption, scenario: ScenarioPlan, baseline: PlanResult, service: DemandService, index: SupplyIndex) {
        let after = scenario.service ?? DemandService(model: scenario.model, plan: scenario.plan)
        let changes = after.changes(from: service, model: scenario.model)
        let hurt = changes.filter(\.hurt)
        let removed = Set(disruption.operations.map(SourceRef.operation)).union(disruption.purchases.map(SourceRef.purchase))
        self.init(
            kind: disruption.kind, name: disruption.name,
            removedSources: disruption.operations.count + disruption.purchases.count,
            method: scenario.method, kpis: scenario.plan.kpis,
            deltaOnTimeFill: scenario.plan.kpis.onTimeFill - baseline.kpis.onTimeFill,
            deltaFill: scenario.plan.kpis.fill - baseline.kpis.fill,
            deltaWeightedLateness: scenario.plan.kpis.weightedLateness - baseline.kpis.weightedLateness,
            deltaCost: scenario.plan.kpis.cost - baseline.kpis.cost,
            demandsHurt: hurt.count,
            valueHurt: after.valueLost(from: service, model: scenario.model),
            reasons: index.reasons(hurt: hurt, removed: removed),
            changes: hurt + changes.filter { !$0.hurt })
    }
}
