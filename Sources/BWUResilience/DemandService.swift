import BWUPlanning

/// How well a plan serves each demand of a model: on-time and total delivered
/// quantity and the cause the plan gives for any shortfall, by demand index.
struct DemandService: Sendable {
    var onTime: [Double]
    var delivered: [Double]
    var causes: [Cause?]

    /// Nothing delivered to any of `count` demands.
    init(count: Int) {
        onTime = [Double](repeating: 0, count: count)
        delivered = onTime
        causes = [Cause?](repeating: nil, count: count)
    }

    init(model: PlanningModel, plan: PlanResult) {
        var index: [String: Int] = [:]
        for (d, demand) in model.demands.enumerated() { index[demand.id] = d }
        onTime = [Double](repeating: 0, count: model.demands.count)
        delivered = onTime
        causes = [Cause?](repeating: nil, count: model.demands.count)
        for delivery in plan.deliveries {
            guard let d = index[delivery.demand] else { continue }
            delivered[d] += delivery.qty
            if delivery.bucket <= model.demands[d].due { onTime[d] += delivery.qty }
        }
        for unmet in plan.unmet {
            if let d = index[unmet.demand], causes[d] == nil { causes[d] = unmet.cause }
        }
    }
}

/// A demand served differently in a scenario than in the baseline.
public struct DemandChange: Codable, Sendable, Equatable {
    public var demand: String
    public var item: String
    public var priority: Int
    public var qty: Double
    /// On-time quantity in the baseline (0 for a demand the scenario adds).
    public var onTimeBefore: Double
    public var onTimeAfter: Double
    /// Quantity delivered inside the horizon, before and after.
    public var deliveredBefore: Double
    public var deliveredAfter: Double
    /// True when the demand is added by the scenario.
    public var added: Bool
    /// The binding constraint the scenario's plan gives for the shortfall, if any.
    public var cause: Cause?

    /// The demand gets less on time, or less in total, than in the baseline.
    public var hurt: Bool { !added && (onTimeAfter < onTimeBefore - tolerance || deliveredAfter < deliveredBefore - tolerance) }

    private var tolerance: Double { 1e-6 * max(1, qty) }
}

extension DemandService {
    /// Demands whose on-time or delivered quantity differs between `before` (the baseline,
    /// whose demands are the first ones of `model`) and `self`, plus every added demand.
    /// - Parameters:
    ///   - before: service of the baseline plan.
    ///   - model: the scenario's model (the baseline's demands first, then added ones).
    func changes(from before: DemandService, model: PlanningModel) -> [DemandChange] {
        var result: [DemandChange] = []
        for (d, demand) in model.demands.enumerated() {
            let added = d >= before.onTime.count
            let onTimeBefore = added ? 0 : before.onTime[d]
            let deliveredBefore = added ? 0 : before.delivered[d]
            let tolerance = 1e-6 * max(1, demand.qty)
            guard added || abs(onTime[d] - onTimeBefore) > tolerance || abs(delivered[d] - deliveredBefore) > tolerance else { continue }
            result.append(DemandChange(
                demand: demand.id, item: demand.item, priority: demand.priority, qty: demand.qty,
                onTimeBefore: onTimeBefore, onTimeAfter: onTime[d], deliveredBefore: deliveredBefore,
                deliveredAfter: delivered[d], added: added, cause: causes[d]))
        }
        return result
    }

    /// Σ value·(on-time quantity lost) over the baseline's demands.
    func valueLost(from before: DemandService, model: PlanningModel) -> Double {
        var lost = 0.0
        for d in before.onTime.indices where onTime[d] < before.onTime[d] {
            lost += model.demands[d].value * (before.onTime[d] - onTime[d])
        }
        return lost
    }
}
