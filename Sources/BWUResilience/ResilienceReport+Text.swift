import BWUPlanning
import Foundation

extension ResilienceReport {
    /// The report for a terminal: each section's headline and its worst entries.
    /// - Parameter limit: how many entries of each list to show.
    public func text(limit: Int = 10) -> String {
        var out: [String] = []
        let b = baseline.kpis
        out.append(String(format: "Baseline plan: on-time fill %.2f%%, fill %.2f%%, cost %.0f", b.onTimeFill * 100, b.fill * 100, b.cost))

        out.append("")
        out.append("Single points of failure: \(singlePointsOfFailure.count) items with one source that demand depends on")
        for spof in singlePointsOfFailure.prefix(limit) {
            out.append(String(format: "  %@ (only %@): %d end items, %d demands, %@ units at risk (%.1f%% of demand value)",
                              spof.item, spof.source, spof.dependantEndItems.count, spof.demands.count,
                              Self.number(spof.qtyAtRisk), spof.shareOfDemandValue * 100))
        }
        more(&out, singlePointsOfFailure.count, limit)

        out.append("")
        out.append(String(format: "Origin of value (%@ sources; allied: %@): %d of %d end items below %.0f%% allied",
                           origin.basis.rawValue, Self.alliedLabel(origin.allied), origin.itemsBelowThreshold,
                           origin.items.count, origin.threshold * 100))
        for item in origin.items.prefix(limit) {
            let top = item.countries.prefix(4).map { String(format: "%@ %.0f%%", $0.country, $0.share * 100) }.joined(separator: ", ")
            out.append(String(format: "  %@ %@ allied %.1f%%  [%@]", item.belowThreshold ? "✗" : "✓", item.item, item.alliedShare * 100, top))
        }
        more(&out, origin.items.count, limit)

        if !disruptions.isEmpty {
            let hurting = disruptions.filter { $0.demandsHurt > 0 }.count
            out.append("")
            out.append("Disruption ranking: \(disruptions.count) scenarios, \(hurting) hurt some demand (worst first)")
            for d in disruptions.prefix(limit) where d.demandsHurt > 0 || d.deltaOnTimeFill < 0 {
                out.append(String(format: "  without %@ %@: on-time fill %+.2f pp, fill %+.2f pp, %d demands hurt [%@]",
                                  d.kind.rawValue, d.name, d.deltaOnTimeFill * 100, d.deltaFill * 100, d.demandsHurt, d.method.rawValue))
                for reason in d.reasons.prefix(3) { out.append("      " + Self.describe(reason)) }
            }
        }

        for w in whatIfs {
            out.append("")
            out.append("What-if \(w.id)" + (w.description.map { ": \($0)" } ?? "") + " [\(w.method.rawValue)]")
            out.append(String(format: "  on-time fill %.2f%% → %.2f%%, fill %.2f%% → %.2f%%, cost %.0f → %.0f",
                              w.before.kpis.onTimeFill * 100, w.after.kpis.onTimeFill * 100, w.before.kpis.fill * 100,
                              w.after.kpis.fill * 100, w.before.kpis.cost, w.after.kpis.cost))
            for c in w.changed.prefix(limit) {
                out.append("  \(c.demand) (P\(c.priority), \(Self.number(c.qty)) \(c.item)): on time \(Self.number(c.onTimeBefore)) → "
                    + "\(Self.number(c.onTimeAfter)), delivered \(Self.number(c.deliveredBefore)) → \(Self.number(c.deliveredAfter))"
                    + (c.added ? " (added)" : ""))
            }
            more(&out, w.changed.count, limit)
            for reason in w.reasons.prefix(3) { out.append("      " + Self.describe(reason)) }
        }

        out.append("")
        var figures = "\(run.scenarios) scenarios: \(run.replanned) re-planned, \(run.partial) partly re-planned, \(run.repaired) repaired, \(run.unaffected) unaffected; \(run.cores) cores"
        if let seconds = run.seconds { figures += String(format: "; %.2f s", seconds) }
        out.append(figures)
        return out.joined(separator: "\n")
    }

    private func more(_ out: inout [String], _ count: Int, _ limit: Int) {
        if count > limit { out.append("  … and \(count - limit) more") }
    }

    static func number(_ x: Double) -> String { String(format: "%.6g", x) }

    static func alliedLabel(_ allied: [String]) -> String {
        Set(allied) == AlliedCountries.standard ? "EU+EEA+UA" : allied.joined(separator: ",")
    }

    static func describe(_ reason: DisruptionReason) -> String {
        let demands = reason.demands.count == 1 ? "1 demand" : "\(reason.demands.count) demands"
        switch reason.kind {
        case .lostOnlySource: return "\(reason.subject) lost its only source (\(demands))"
        case .capacity: return "capacity of \(reason.subject) became binding (\(demands))"
        case .material:
            return "\(reason.subject) not obtainable in time" + (reason.source.map { " from \($0)" } ?? "") + " (\(demands))"
        case .leadTime: return "remaining supply of \(reason.subject) too slow for the due date (\(demands))"
        case .budget: return "budget ran out (\(demands))"
        case .lot: return "lot rules of \(reason.subject) did not fit (\(demands))"
        }
    }
}
