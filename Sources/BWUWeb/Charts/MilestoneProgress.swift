import Foundation
import BWUDomain

/// Each grant's milestones as one bar split by amount: paid, verified, evidence in, open.
public enum MilestoneProgress {
    static let order: [MilestoneStatus] = [.disbursed, .verified, .evidenceSubmitted, .open]

    /// Minor units per status, in ``order``.
    public static func amounts(_ grant: GrantRecord) -> [(MilestoneStatus, Int64)] {
        order.map { status in
            (status, grant.milestones.filter { $0.status == status }.reduce(Int64(0)) { $0 + $1.plan.amount.minorUnits })
        }
    }

    public static func render(_ grants: [GrantRecord], names: [UUID: String], _ context: PageContext) -> Node {
        let t = context.t, format = context.format
        guard !grants.isEmpty else { return el("p") { t(.noGrants) } }
        let barWidth = 600, rowHeight = 54, width = 640
        return el("figure", [cls("chart")]) {
            el("svg", [Attribute("viewBox", "0 0 \(width) \(rowHeight * grants.count)"), Attribute("role", "img"),
                       Attribute("aria-labelledby", "progress-title"), cls("svg-chart")]) {
                el("title", [id("progress-title")]) { t(.chartProgressTitle) }
                for (row, grant) in grants.enumerated() {
                    let y = row * rowHeight
                    let total = max(1, grant.amount.minorUnits)
                    el("text", [cls("label"), Attribute("x", "0"), Attribute("y", "\(y + 16)")]) { [grant.title, names[grant.organisationID]].compactMap { $0 }.joined(separator: " — ") }
                    let segments = amounts(grant)
                    for (index, (status, amount)) in segments.enumerated() where amount > 0 {
                        let offset = segments.prefix(index).reduce(Int64(0)) { $0 + $1.1 }
                        el("rect", [cls("bar ms-\(status.rawValue)"),
                                    Attribute("x", "\(Int64(barWidth) * offset / total)"), Attribute("y", "\(y + 24)"),
                                    Attribute("width", "\(Int64(barWidth) * amount / total)"), Attribute("height", "20")]) {
                            el("title") { "\(t(Msg.milestoneStatus(status))): \(format.money(Money(minorUnits: amount, currency: grant.amount.currency)))" }
                        }
                    }
                }
            }
            el("figcaption") {
                UI.legend(order.map { (t(Msg.milestoneStatus($0)), "ms-\($0.rawValue)") })
            }
            el("details") {
                el("summary") { t(.chartNumbers) }
                UI.table(
                    caption: t(.chartProgressTitle),
                    headers: [t(.grant)] + order.map { t(Msg.milestoneStatus($0)) } + [t(.amount)], numeric: [1, 2, 3, 4, 5],
                    rows: grants.map { grant in
                        [UI.link(grant.title, .grant(grant.id))]
                            + amounts(grant).map { text(format.money(Money(minorUnits: $0.1, currency: grant.amount.currency))) }
                            + [text(format.money(grant.amount))]
                    })
            }
        }
    }
}
