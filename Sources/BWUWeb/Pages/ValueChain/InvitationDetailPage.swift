import BWUDomain
import BWUMatchmaking
import Foundation

public struct InvitationDetailModel: Sendable {
    public var invitation: SupplierInvitationRecord
    public var manufacturerName: String
    public var supplierName: String
    /// What accepting the offer changed, as recorded then.
    public var impact: ProposalImpact?
    /// A refused form: `offer`, `decline` or `decision`, with what was typed.
    public var refusedForm: String?
    public var typed: TypedForm

    public init(invitation: SupplierInvitationRecord, manufacturerName: String, supplierName: String, impact: ProposalImpact? = nil,
                refusedForm: String? = nil, typed: TypedForm = TypedForm()) {
        self.invitation = invitation
        self.manufacturerName = manufacturerName
        self.supplierName = supplierName
        self.impact = impact
        self.refusedForm = refusedForm
        self.typed = typed
    }

    func form(_ name: String) -> TypedForm { refusedForm == name ? typed : TypedForm() }
}

/// One invitation with its offers, and the one next step the reader may take: the supplier
/// offers or declines; the manufacturer accepts or rejects the submitted offer.
public enum InvitationDetailPage {
    public static func render(_ context: PageContext, _ model: InvitationDetailModel) -> String {
        let t = context.t, format = context.format
        let invitation = model.invitation
        return Layout.page(context, title: "\(t(.invitation)): \(invitation.itemCode) — \(invitation.itemName)") {
            UI.facts([
                (t(.manufacturer), text(model.manufacturerName)),
                (t(.supplier), text(model.supplierName)),
                (t(.status), InvitationBadges.status(invitation.status, t)),
                (t(.created), text(format.dateTime(invitation.createdAt))),
            ])
            el("section", [cls("panel"), Attribute("aria-labelledby", "message-heading")]) {
                el("h2", [id("message-heading")]) { t(.message) }
                el("p") { invitation.message }
            }
            el("section", [Attribute("aria-labelledby", "offers-heading")]) {
                el("h2", [id("offers-heading")]) { t(.offers) }
                if invitation.offers.isEmpty {
                    el("p") { t(.noOffers) }
                } else {
                    UI.table(
                        caption: t(.offers),
                        headers: [t(.submitted), t(.unitPrice), t(.capacityPerWeek), t(.leadTimeWeeks), t(.minLot), t(.validUntil), t(.status), t(.note)],
                        numeric: [1, 2, 3, 4],
                        rows: invitation.offers.sorted { $0.submittedAt < $1.submittedAt }.map { offer in
                            [text(format.dateTime(offer.submittedAt)), text(format.money(offer.unitPrice)),
                             text(format.quantity(offer.capacityPerWeek)), text(format.integer(offer.leadTimeWeeks)),
                             text(format.quantity(offer.minLot)), text(format.date(offer.validUntil)),
                             InvitationBadges.offer(offer.status, t), text(offer.note)]
                        })
                }
            }
            if let accepted = invitation.offers.first(where: { $0.status == .accepted }) {
                el("section", [cls("panel"), Attribute("aria-labelledby", "impact-heading")]) {
                    el("h2", [id("impact-heading")]) { t(.recordedImpact) }
                    if let code = accepted.purchaseSourceCode {
                        el("p") { "\(t(.purchaseSource)): \(code)" }
                    }
                    if let impact = model.impact { ImpactFacts.render(context, impact) }
                }
            }
            OfferForms.render(context, model)
        }
    }
}
