import BWUDomain
import Foundation

public struct InvitationsModel: Sendable {
    public var invitations: [SupplierInvitationRecord]
    public var organisationNames: [UUID: String]

    public init(invitations: [SupplierInvitationRecord], organisationNames: [UUID: String]) {
        self.invitations = invitations
        self.organisationNames = organisationNames
    }
}

/// The invitations the reader may see: a supplier its own, a manufacturer the ones it sent.
public enum InvitationsPage {
    public static func render(_ context: PageContext, _ model: InvitationsModel) -> String {
        let t = context.t, format = context.format
        return Layout.page(context, title: t(.invitationsTitle)) {
            if context.has(.manufacturer) {
                el("p") { UI.link(t(.navMatchmaking), .matchmaking(MatchmakingFilter()), [cls("button secondary")]) }
            }
            if model.invitations.isEmpty {
                el("p") { t(.noInvitations) }
            } else {
                UI.table(
                    caption: t(.invitationsTitle),
                    headers: [t(.item), t(.manufacturer), t(.supplier), t(.status), t(.offers), t(.created)],
                    numeric: [4],
                    rows: model.invitations.map { invitation in
                        [UI.link("\(invitation.itemCode) — \(invitation.itemName)", .invitation(invitation.id)),
                         text(model.organisationNames[invitation.manufacturerID] ?? ""),
                         text(model.organisationNames[invitation.supplierID] ?? ""),
                         InvitationBadges.status(invitation.status, t),
                         text(format.integer(invitation.offers.count)),
                         text(format.date(invitation.createdAt))]
                    })
            }
        }
    }
}

enum InvitationBadges {
    static func status(_ status: SupplierInvitationRecord.Status, _ t: Language) -> Node {
        let tone = switch status {
        case .accepted: "good"
        case .declined: "bad"
        case .offered: "warn"
        case .open: "info"
        }
        return UI.badge(t(.invitationStatus(status)), tone: tone)
    }

    static func offer(_ status: SupplierOfferRecord.Status, _ t: Language) -> Node {
        let tone = switch status {
        case .accepted: "good"
        case .rejected: "bad"
        case .submitted: "warn"
        }
        return UI.badge(t(.offerStatus(status)), tone: tone)
    }
}
