import BWUPlanning
import Foundation

/// What changed between two plan runs: the service figures, and every demand whose on-time
/// quantity or delivery week moved, with the binding constraint named in each run.
public struct PlanComparison: Sendable {
    public struct DemandChange: Sendable {
        public let demand: String
        public let item: String
        public let onTimeBefore: Double
        public let onTimeAfter: Double
        /// Week of the last delivery, if any.
        public let lastDeliveryBefore: Int?
        public let lastDeliveryAfter: Int?
        /// The cause of the late or short quantity in each run, if any (`capacity SKR-ASSY week 7`).
        public let causeBefore: String?
        public let causeAfter: String?
    }

    public let before: KPIs
    public let after: KPIs
    public let changes: [DemandChange]

    public init(beforeModel: PlanningModel, before: PlanResult, afterModel: PlanningModel, after: PlanResult) {
        self.before = before.kpis
        self.after = after.kpis
        var dues: [String: (Int, String)] = [:]
        for demand in beforeModel.demands + afterModel.demands { dues[demand.id] = (demand.due, demand.item) }
        func onTime(_ plan: PlanResult, _ id: String) -> Double {
            guard let due = dues[id]?.0 else { return 0 }
            return plan.deliveries.filter { $0.demand == id && $0.bucket <= due }.reduce(0) { $0 + $1.qty }
        }
        func last(_ plan: PlanResult, _ id: String) -> Int? { plan.deliveries.filter { $0.demand == id }.map(\.bucket).max() }
        func cause(_ plan: PlanResult, _ id: String) -> String? { plan.unmet.first { $0.demand == id }.map { Self.describe($0.cause) } }
        var changes: [DemandChange] = []
        for id in dues.keys.sorted() {
            let change = DemandChange(
                demand: id, item: dues[id]!.1, onTimeBefore: onTime(before, id), onTimeAfter: onTime(after, id),
                lastDeliveryBefore: last(before, id), lastDeliveryAfter: last(after, id),
                causeBefore: cause(before, id), causeAfter: cause(after, id))
            if abs(change.onTimeBefore - change.onTimeAfter) > 1e-9 || change.lastDeliveryBefore != change.lastDeliveryAfter
                || change.causeBefore != change.causeAfter {
                changes.append(change)
            }
        }
        self.changes = changes
    }

    /// A cause as a planner reads it, from its JSON form.
    static func describe(_ cause: Cause) -> String {
        guard let data = try? JSONEncoder().encode(cause),
              let fields = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return cause.kind }
        let details = fields.keys.sorted().filter { $0 != "kind" }.map { "\($0) \(fields[$0]!)" }
        return ([cause.kind] + details).joined(separator: " ")
    }
}
