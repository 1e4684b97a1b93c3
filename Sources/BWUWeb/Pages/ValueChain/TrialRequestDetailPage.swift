import BWUDomain
import Foundation

public struct TrialRequestDetailModel: Sendable {
    public var request: TrialRequestRecord
    public var capabilityName: String
    public var requesterName: String
    public var manufacturerName: String
    /// A refused form: `decision`, `schedule` or `outcome`, with what was typed.
    public var refusedForm: String?
    public var typed: TypedForm

    public init(request: TrialRequestRecord, capabilityName: String, requesterName: String, manufacturerName: String,
                refusedForm: String? = nil, typed: TypedForm = TypedForm()) {
        self.request = request
        self.capabilityName = capabilityName
        self.requesterName = requesterName
        self.manufacturerName = manufacturerName
        self.refusedForm = refusedForm
        self.typed = typed
    }

    func form(_ name: String) -> TypedForm { refusedForm == name ? typed : TypedForm() }
}

/// One request with both parties' decisions, its date and findings, and the step the reader may take.
public enum TrialRequestDetailPage {
    public static func render(_ context: PageContext, _ model: TrialRequestDetailModel) -> String {
        let t = context.t, format = context.format
        let request = model.request
        return Layout.page(context, title: "\(t(.trialKind(request.kind))): \(model.capabilityName)") {
            UI.facts([
                (t(.capability), UI.link(model.capabilityName, .capability(request.capabilityID))),
                (t(.requester), text(model.requesterName)),
                (t(.manufacturer), text(model.manufacturerName)),
                (t(.status), TrialBadges.status(request.status, t)),
                (t(.requestedOn), text(format.date(request.requestedAt))),
                (t(.scheduledFor), text(request.scheduledFor.map { format.date($0) } ?? "—")),
            ])
            el("section", [cls("panel"), Attribute("aria-labelledby", "purpose-heading")]) {
                el("h2", [id("purpose-heading")]) { t(.purpose) }
                el("p") { request.purpose }
            }
            UI.table(caption: t(.decisions), headers: [t(.party), t(.decision)], rows: [
                [text(model.manufacturerName), TrialBadges.decision(request.manufacturerApproved, t)],
                [text(t(.ministryName(.defence))), TrialBadges.decision(request.ministryApproved, t)],
            ])
            if let outcome = request.outcome {
                el("section", [cls("panel"), Attribute("aria-labelledby", "outcome-heading")]) {
                    el("h2", [id("outcome-heading")]) { t(request.status == .declined ? .declineReason : .findings) }
                    el("p") { outcome }
                }
            }
            TrialForms.render(context, model)
        }
    }
}
