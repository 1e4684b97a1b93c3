import BWUDomain
import Foundation

/// The next steps of a trial request, each offered only to the party the services let take it.
enum TrialForms {
    static func render(_ context: PageContext, _ model: TrialRequestDetailModel) -> Node {
        let request = model.request
        let ownManufacturer = context.has(.manufacturer) && context.actor?.organisationID == request.manufacturerID
        let defence = context.has(.reviewer) && context.actor?.remit == .defence
        let requester = context.has(.customer) && context.actor?.organisationID == request.requesterOrganisationID
        var forms: [Node] = []
        if request.status == .requested,
           (ownManufacturer && request.manufacturerApproved == nil) || (defence && request.ministryApproved == nil) {
            forms.append(decisionForm(context, model))
        }
        if ownManufacturer, request.status == .approved || request.status == .scheduled {
            forms.append(scheduleForm(context, model))
        }
        if request.status == .scheduled, ownManufacturer || requester {
            forms.append(outcomeForm(context, model))
        }
        return .fragment(forms)
    }

    private static func decisionForm(_ context: PageContext, _ model: TrialRequestDetailModel) -> Node {
        let t = context.t
        let form = model.form("decision")
        return context.postForm(.decideTrial(model.request.id), [cls("panel")]) {
            el("h2") { t(.decideTrial) }
            if let other = form[error: "form"] { el("p", [cls("error")]) { other } }
            UI.field(name: "reason", label: t(.reason), value: form[value: "reason"], error: form[error: "reason"], control: .textarea,
                     hint: t(.declineHint), scope: "decision")
            el("div", [cls("actions")]) {
                UI.submitButton(t(.approve), name: "decision", value: "approve")
                UI.submitButton(t(.decline), name: "decision", value: "decline", secondary: true)
            }
        }
    }

    private static func scheduleForm(_ context: PageContext, _ model: TrialRequestDetailModel) -> Node {
        let t = context.t
        let form = model.form("schedule")
        return context.postForm(.scheduleTrial(model.request.id), [cls("panel narrow")]) {
            el("h2") { t(.scheduleTrial) }
            UI.field(name: "date", label: t(.date), value: form[value: "date"].isEmpty ? model.request.scheduledFor?.description ?? "" : form[value: "date"],
                     error: form[error: "date"], control: .date, required: true, scope: "schedule")
            UI.submitButton(t(.scheduleTrial))
        }
    }

    private static func outcomeForm(_ context: PageContext, _ model: TrialRequestDetailModel) -> Node {
        let t = context.t
        let form = model.form("outcome")
        return context.postForm(.recordTrialOutcome(model.request.id), [cls("panel")]) {
            el("h2") { t(.recordFindings) }
            UI.field(name: "findings", label: t(.findings), value: form[value: "findings"], error: form[error: "findings"],
                     control: .textarea, required: true, scope: "outcome")
            UI.submitButton(t(.recordFindings))
        }
    }
}
