import BWUPlanning
import Foundation

/// The short report `bwu plan` prints: service, cost, time and every late or short demand with its cause.
struct PlanSummary: Codable {
    struct Line: Codable {
        var demand: String
        var priority: Int
        var qty: Double
        var short: Double
        var cause: Cause
    }

    var onTimeFill: Double
    var fill: Double
    var weightedLateness: Double
    var cost: Double
    var currency: String
    /// On-time fill per priority level, keyed by the level as a string.
    var onTimeFillByPriority: [String: Double]
    var operations: Int
    var purchases: Int
    var deliveries: Int
    var unmet: [Line]
    var decodeSeconds: Double
    var planSeconds: Double
    var totalSeconds: Double
    /// What the LP guide did; absent when it was not asked for.
    var lpGuide: GuideOutcome?

    init(model: PlanningModel, plan: PlanResult, guide: GuideOutcome = .notAsked,
         decodeSeconds: Double, planSeconds: Double, totalSeconds: Double) {
        lpGuide = guide.ifAsked
        onTimeFill = plan.kpis.onTimeFill
        fill = plan.kpis.fill
        weightedLateness = plan.kpis.weightedLateness
        cost = plan.kpis.cost
        currency = model.currency
        onTimeFillByPriority = PlanMetrics.onTimeFillByPriority(model: model, plan: plan)
            .reduce(into: [:]) { $0[String($1.key)] = $1.value }
        operations = plan.operations.count
        purchases = plan.purchases.count
        deliveries = plan.deliveries.count
        var delivered: [String: Double] = [:]
        for d in plan.deliveries { delivered[d.demand, default: 0] += d.qty }
        let demandByID = Dictionary(model.demands.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        unmet = plan.unmet.map { u in
            let demand = demandByID[u.demand]
            let qty = demand?.qty ?? 0
            return Line(demand: u.demand, priority: demand?.priority ?? 1, qty: u.qty,
                        short: max(0, qty - (delivered[u.demand] ?? 0)), cause: u.cause)
        }
        self.decodeSeconds = decodeSeconds
        self.planSeconds = planSeconds
        self.totalSeconds = totalSeconds
    }

    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }

    func text() -> String {
        var lines = [
            String(format: "on-time fill %.2f%%  fill %.2f%%  weighted lateness %.6g  cost %.2f %@",
                   onTimeFill * 100, fill * 100, weightedLateness, cost, currency),
            onTimeFillByPriority.keys.sorted { Int($0) ?? 0 < Int($1) ?? 0 }
                .map { String(format: "P%@ %.2f%%", $0, onTimeFillByPriority[$0]! * 100) }.joined(separator: "  "),
            "\(operations) operation starts, \(purchases) purchase orders, \(deliveries) deliveries, \(unmet.count) demands late or short",
        ]
        for line in unmet.prefix(20) {
            let state = line.short > 0 ? "short \(fmt(line.short))" : "late"
            lines.append("  \(line.demand) (P\(line.priority)): \(fmt(line.qty)) not on time, \(state); \(describe(line.cause))")
        }
        if unmet.count > 20 { lines.append("  … and \(unmet.count - 20) more") }
        if let lpGuide { lines.append("LP guide: \(lpGuide.explanation)") }
        lines.append(String(format: "decode %.3f s, plan %.3f s, total %.3f s", decodeSeconds, planSeconds, totalSeconds))
        return lines.joined(separator: "\n")
    }

    private func fmt(_ x: Double) -> String { String(format: "%.6g", x) }

    private func describe(_ cause: Cause) -> String {
        switch cause {
        case .capacity(let resource, let bucket): "capacity of \(resource) in bucket \(bucket)"
        case .material(let item, let bucket, let source):
            "material \(item) not obtainable by bucket \(bucket)" + (source.map { " from \($0)" } ?? " (no source)")
        case .leadTime(let item, let bucket, let earliest):
            "lead time: \(item) due in bucket \(bucket)" + (earliest.map { ", earliest possible \($0)" } ?? "")
        case .budget(let bucket): "budget exhausted through bucket \(bucket)"
        case .lot(let source, let bucket): "lot rules of \(source) in bucket \(bucket)"
        }
    }
}
