import BWUPlanning

/// One demand of a plan: when it is due, when the plan delivers it, and what is on time,
/// late or short (the same arithmetic as the plan format's KPIs).
public struct DemandTimeline: Sendable {
    public let demand: Demand
    /// Planned deliveries by bucket, earliest first.
    public let deliveries: [(bucket: Int, qty: Double)]
    public let onTime: Double
    public let late: Double
    public let short: Double

    /// Every demand of the model, by due bucket then id.
    public static func rows(model: PlanningModel, plan: PlanResult) -> [DemandTimeline] {
        let byDemand = Dictionary(grouping: plan.deliveries, by: \.demand)
        return model.demands.sorted { ($0.due, $0.id) < ($1.due, $1.id) }.map { demand in
            var perBucket: [Int: Double] = [:]
            for delivery in byDemand[demand.id] ?? [] { perBucket[delivery.bucket, default: 0] += delivery.qty }
            let deliveries = perBucket.keys.sorted().map { (bucket: $0, qty: perBucket[$0]!) }
            let onTime = deliveries.filter { $0.bucket <= demand.due }.reduce(0) { $0 + $1.qty }
            let delivered = deliveries.reduce(0) { $0 + $1.qty }
            return DemandTimeline(demand: demand, deliveries: deliveries, onTime: onTime, late: delivered - onTime,
                                  short: max(0, demand.qty - delivered))
        }
    }

    /// Tolerance of the plan format (1e-6, relative).
    var isShort: Bool { short > 1e-6 * max(1, demand.qty) }
    var isLate: Bool { late > 1e-6 * max(1, demand.qty) }
    var lastBucket: Int? { deliveries.last?.bucket }
}

extension DemandTimeline {
    /// How many weeks the charts show: up to two after the last due or delivered week, at
    /// least eight, never past the horizon; a 52-week axis would squeeze a short plan flat.
    static func weeksShown(_ rows: [DemandTimeline], loads: [ResourceLoad], horizon: Int) -> Int {
        var last = rows.map { max($0.demand.due, $0.lastBucket ?? 0) }.max() ?? 0
        for resource in loads {
            if let busy = resource.load.lastIndex(where: { $0 > 1e-9 }) { last = max(last, busy) }
        }
        return min(horizon, max(8, last + 3))
    }
}
