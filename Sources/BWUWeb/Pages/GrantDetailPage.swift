import BWUDomain
import Foundation

/// One grant with its milestones: evidence, verification and payment, and the separation
/// of duties spelled out where it applies.
public struct GrantDetailModel: Sendable {
    public var grant: GrantRecord
    public var organisationName: String
    public var evidence: [UUID: [EvidenceRecord]]
    public var disbursements: [DisbursementRecord]
    /// E-mail of each user the reader may know about (from the audit log or user list).
    public var people: [UUID: String]
    /// Errors and typed values of a refused form, by milestone.
    public var errors: [UUID: [String: String]]
    public var typed: [UUID: [String: String]]
    /// A fresh idempotency key per disbursement form, so a double click pays once.
    public var paymentKeys: [UUID: String]

    public init(
        grant: GrantRecord, organisationName: String, evidence: [UUID: [EvidenceRecord]], disbursements: [DisbursementRecord],
        people: [UUID: String], errors: [UUID: [String: String]] = [:], typed: [UUID: [String: String]] = [:],
        paymentKeys: [UUID: String] = [:]
    ) {
        self.grant = grant
        self.organisationName = organisationName
        self.evidence = evidence
        self.disbursements = disbursements
        self.people = people
        self.errors = errors
        self.typed = typed
        self.paymentKeys = paymentKeys
    }

    func person(_ id: UUID?, _ context: PageContext) -> String {
        guard let id else { return "" }
        if id == context.actor?.userID { return context.t(.you) }
        return people[id] ?? context.t(.anotherUser)
    }
}

public enum GrantDetailPage {
    public static func render(_ context: PageContext, _ model: GrantDetailModel) -> String {
        let t = context.t, format = context.format
        let grant = model.grant
        let paid = grant.milestones.filter { $0.status == .disbursed }.reduce(Money.zero(grant.amount.currency)) { $0 + $1.plan.amount }
        return Layout.page(context, title: grant.title) {
            UI.facts([
                (t(.applicant), text(model.organisationName)),
                (t(.amount), text(format.money(grant.amount))),
                (t(.paid), text(format.money(paid))),
                (t(.status), text(t(Msg.grantStatus(grant.status)))),
                (t(.application), UI.link(t(.openApplication), .application(grant.applicationID))),
            ])
            el("aside", [cls("rule"), Attribute("aria-labelledby", "sod-heading")]) {
                el("h2", [id("sod-heading")]) { t(.sodTitle) }
                el("p") { t(.sodRule) }
            }
            el("section", [Attribute("aria-labelledby", "milestones-heading")]) {
                el("h2", [id("milestones-heading")]) { t(.milestones) }
                for milestone in grant.milestones.sorted(by: { $0.sequence < $1.sequence }) {
                    MilestoneSection.render(context, model, milestone)
                }
            }
        }
    }
}
