import BWUDomain
import Foundation

/// The forms of an invitation: the supplier's offer or refusal, the manufacturer's decision.
enum OfferForms {
    static func render(_ context: PageContext, _ model: InvitationDetailModel) -> Node {
        let invitation = model.invitation
        let actor = context.actor
        if invitation.status == .open, context.has(.supplier), actor?.organisationID == invitation.supplierID {
            return .fragment([offerForm(context, model), declineForm(context, model)])
        }
        if invitation.status == .offered, context.has(.manufacturer), actor?.organisationID == invitation.manufacturerID,
           let offer = invitation.offers.first(where: { $0.status == .submitted }) {
            return decisionForm(context, model, offer)
        }
        return .empty
    }

    static func label(for field: String, _ t: Language) -> String {
        let labels: [String: Msg] = [
            "unitPrice": .unitPrice, "capacityPerWeek": .capacityPerWeek, "leadTimeWeeks": .leadTimeWeeks, "minLot": .minLot,
            "validUntil": .validUntil, "note": .note, "reason": .reason,
        ]
        return labels[field].map { t($0) } ?? field
    }

    private static func offerForm(_ context: PageContext, _ model: InvitationDetailModel) -> Node {
        let t = context.t
        let form = model.form("offer")
        return context.postForm(.makeOffer(invitation: model.invitation.id), [cls("panel"), Attribute("novalidate", "")]) {
            el("h2") { t(.makeOffer) }
            FormErrors.summary(form.errors, scope: "offer", label: { label(for: $0, t) }, t)
            UI.field(name: "unitPrice", label: "\(t(.unitPrice)) (DKK)", value: form[value: "unitPrice"], error: form[error: "unitPrice"],
                     required: true, hint: t(.amountHint), scope: "offer", extra: [Attribute("inputmode", "decimal")])
            UI.field(name: "capacityPerWeek", label: t(.capacityPerWeek), value: form[value: "capacityPerWeek"],
                     error: form[error: "capacityPerWeek"], required: true, scope: "offer", extra: [Attribute("inputmode", "decimal")])
            UI.field(name: "leadTimeWeeks", label: t(.leadTimeWeeks), value: form[value: "leadTimeWeeks"],
                     error: form[error: "leadTimeWeeks"], required: true, scope: "offer", extra: [Attribute("inputmode", "numeric")])
            UI.field(name: "minLot", label: t(.minLot), value: form[value: "minLot"], error: form[error: "minLot"],
                     scope: "offer", extra: [Attribute("inputmode", "decimal")])
            UI.field(name: "validUntil", label: t(.validUntil), value: form[value: "validUntil"], error: form[error: "validUntil"],
                     control: .date, required: true, scope: "offer")
            UI.field(name: "note", label: t(.note), value: form[value: "note"], error: form[error: "note"], control: .textarea, scope: "offer")
            UI.submitButton(t(.makeOffer))
        }
    }

    private static func declineForm(_ context: PageContext, _ model: InvitationDetailModel) -> Node {
        let t = context.t
        let form = model.form("decline")
        return context.postForm(.declineInvitation(model.invitation.id), [cls("panel")]) {
            el("h2") { t(.declineInvitation) }
            UI.field(name: "reason", label: t(.reason), value: form[value: "reason"], error: form[error: "reason"], control: .textarea,
                     required: true, scope: "decline")
            UI.submitButton(t(.decline), secondary: true)
        }
    }

    private static func decisionForm(_ context: PageContext, _ model: InvitationDetailModel, _ offer: SupplierOfferRecord) -> Node {
        let t = context.t
        let form = model.form("decision")
        return context.postForm(.decideOffer(invitation: model.invitation.id, offer: offer.id), [cls("panel")]) {
            el("h2") { t(.decideOffer) }
            el("p", [cls("hint")]) { t(.acceptHint) }
            if let other = form[error: "form"] { el("p", [cls("error")]) { other } }
            UI.field(name: "reason", label: t(.reason), value: form[value: "reason"], error: form[error: "reason"], control: .textarea,
                     hint: t(.reasonHint), scope: "decision")
            el("div", [cls("actions")]) {
                UI.submitButton(t(.accept), name: "decision", value: "accept")
                UI.submitButton(t(.reject), name: "decision", value: "reject", secondary: true)
            }
        }
    }
}
