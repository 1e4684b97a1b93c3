/// Service figures derived from a plan, beyond the KPIs the format carries.
public enum PlanMetrics {
    /// On-time fill (Σ value·on-time qty / Σ value·qty) of each priority level.
    /// - Parameters:
    ///   - model: the model the plan was made for.
    ///   - plan: the plan.
    /// - Returns: fill per priority level present in the model.
    public static func onTimeFillByPriority(model: PlanningModel, plan: PlanResult) -> [Int: Double] {
        var due: [String: (due: Int, value: Double, priority: Int)] = [:]
        for d in model.demands { due[d.id] = (d.due, d.value, d.priority) }
        var numerator: [Int: Double] = [:], denominator: [Int: Double] = [:]
        for d in model.demands { denominator[d.priority, default: 0] += d.value * d.qty }
        for delivery in plan.deliveries {
            guard let d = due[delivery.demand], delivery.bucket <= d.due else { continue }
            numerator[d.priority, default: 0] += d.value * delivery.qty
        }
        var fill: [Int: Double] = [:]
        for (priority, total) in denominator { fill[priority] = total > 0 ? (numerator[priority] ?? 0) / total : 1 }
        return fill
    }
}
