import BWUDomain
import Foundation

public struct TrialRequestsModel: Sendable {
    public var requests: [TrialRequestRecord]
    public var capabilityNames: [UUID: String]
    public var organisationNames: [UUID: String]

    public init(requests: [TrialRequestRecord], capabilityNames: [UUID: String], organisationNames: [UUID: String]) {
        self.requests = requests
        self.capabilityNames = capabilityNames
        self.organisationNames = organisationNames
    }
}

/// Trial, evaluation and technology-access requests in the reader's scope.
public enum TrialRequestsPage {
    public static func render(_ context: PageContext, _ model: TrialRequestsModel) -> String {
        let t = context.t, format = context.format
        return Layout.page(context, title: t(.trialRequestsTitle)) {
            if context.has(.customer) {
                el("p") { UI.link(t(.capabilitiesTitle), .capabilities(CapabilitySearch()), [cls("button secondary")]) }
            }
            if model.requests.isEmpty {
                el("p") { t(.noTrialRequests) }
            } else {
                UI.table(
                    caption: t(.trialRequestsTitle),
                    headers: [t(.capability), t(.trialKindLabel), t(.requester), t(.manufacturer), t(.status), t(.requestedOn)],
                    rows: model.requests.map { request in
                        [UI.link(model.capabilityNames[request.capabilityID] ?? t(.capability), .trialRequest(request.id)),
                         text(t(.trialKind(request.kind))),
                         text(model.organisationNames[request.requesterOrganisationID] ?? ""),
                         text(model.organisationNames[request.manufacturerID] ?? ""),
                         TrialBadges.status(request.status, t),
                         text(format.date(request.requestedAt))]
                    })
            }
        }
    }
}

enum TrialBadges {
    static func status(_ status: TrialRequestRecord.Status, _ t: Language) -> Node {
        let tone = switch status {
        case .completed, .approved: "good"
        case .declined: "bad"
        case .scheduled: "info"
        case .requested: "warn"
        }
        return UI.badge(t(.trialStatus(status)), tone: tone)
    }

    /// One party's decision: approved, declined or still awaited.
    static func decision(_ approved: Bool?, _ t: Language) -> Node {
        switch approved {
        case true?: UI.badge(t(.approvedWord), tone: "good")
        case false?: UI.badge(t(.declinedWord), tone: "bad")
        case nil: UI.badge(t(.awaitingWord), tone: "neutral")
        }
    }
}
