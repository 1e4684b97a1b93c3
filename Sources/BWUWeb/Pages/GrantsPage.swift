import BWUDomain
import Foundation

public struct GrantsModel: Sendable {
    public var grants: [GrantRecord]
    public var organisationNames: [UUID: String]

    public init(grants: [GrantRecord], organisationNames: [UUID: String]) {
        self.grants = grants
        self.organisationNames = organisationNames
    }
}

/// The grants the reader may see, each with its milestone progress.
public enum GrantsPage {
    public static func render(_ context: PageContext, _ model: GrantsModel) -> String {
        let t = context.t, format = context.format
        return Layout.page(context, title: t(.grantsTitle)) {
            if model.grants.isEmpty {
                el("p") { t(.noGrants) }
            } else {
                UI.table(
                    caption: t(.grantsTitle), headers: [t(.grant), t(.applicant), t(.amount), t(.paid), t(.milestones), t(.status)],
                    numeric: [2, 3],
                    rows: model.grants.map { grant in
                        let paid = grant.milestones.filter { $0.status == .disbursed }
                        let paidAmount = paid.reduce(Money.zero(grant.amount.currency)) { $0 + $1.plan.amount }
                        return [UI.link(grant.title, .grant(grant.id)), text(model.organisationNames[grant.organisationID] ?? ""),
                                text(format.money(grant.amount)), text(format.money(paidAmount)),
                                progress(paid: paid.count, of: grant.milestones.count, t),
                                text(t(Msg.grantStatus(grant.status)))]
                    })
                MilestoneProgress.render(model.grants, names: model.organisationNames, context)
            }
        }
    }

    static func progress(paid: Int, of total: Int, _ t: Language) -> Node {
        let label = "\(paid) / \(total) \(t(.milestonesPaid))"
        return el("span", [cls("progress-cell")]) {
            el("progress", [Attribute("max", "\(max(total, 1))"), Attribute("value", "\(paid)"), Attribute("aria-label", label)]) { label }
            " \(label)"
        }
    }
}
