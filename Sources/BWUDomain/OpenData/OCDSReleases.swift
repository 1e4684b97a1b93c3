import Foundation

/// Builds Open Contracting Data Standard (1.1) releases for grants: one release per recorded
/// change, each showing the grant as it stood after that change, so a published release never
/// needs to change.
public enum OCDSReleases {
    /// Placeholder publisher prefix until the programme registers its own with the OCDS helpdesk.
    public static let ocidPrefix = "ocds-bwudk0"

    /// A change to a grant, as the audit log recorded it.
    public struct Event: Sendable {
        public let sequence: Int64
        public let occurredAt: String
        public let action: String
        /// The milestone the event is about, if any.
        public let milestoneID: UUID?

        public init(sequence: Int64, occurredAt: String, action: String, milestoneID: UUID?) {
            self.sequence = sequence
            self.occurredAt = occurredAt
            self.action = action
            self.milestoneID = milestoneID
        }
    }

    public struct Party: Sendable {
        public let organisation: OrganisationRecord
        public let roles: [String]

        public init(organisation: OrganisationRecord, roles: [String]) {
            self.organisation = organisation
            self.roles = roles
        }
    }

    public static func ocid(for grantID: UUID) -> String { "\(ocidPrefix)-\(grantID.uuidString.lowercased())" }

    /// - Parameters:
    ///   - grant: the grant with its milestones (their plans never change after the grant is made).
    ///   - events: the grant's audit events in sequence order.
    ///   - disbursements: its payments.
    ///   - buyer: the programme office; `recipient`: the grant holder.
    /// - Returns: the releases, oldest first; none for a secret grant.
    public static func releases(
        grant: GrantRecord, classification: GrantClassification, events: [Event], disbursements: [DisbursementRecord],
        buyer: OrganisationRecord, recipient: OrganisationRecord
    ) -> [JSONValue] {
        guard classification != .secret else { return [] }
        var metOn: [UUID: String] = [:]
        var paidIDs: Set<UUID> = []
        var completed = false
        var releases: [JSONValue] = []
        for event in events {
            var tags: [String]
            switch event.action {
            case "grant.created": tags = ["award", "contract"]
            case "milestone.verified", "milestone.verified-by-acceptance":
                if let id = event.milestoneID { metOn[id] = String(event.occurredAt.prefix(10)) }
                tags = ["contractUpdate"]
            case "milestone.disbursed":
                if let id = event.milestoneID, let paid = disbursements.first(where: { $0.milestoneID == id }) { paidIDs.insert(paid.id) }
                tags = ["implementation"]
            case "grant.completed":
                completed = true
                tags = ["contractUpdate"]
            default: continue
            }
            releases.append(release(
                grant: grant, classification: classification, event: event, tags: tags, metOn: metOn,
                payments: disbursements.filter { paidIDs.contains($0.id) }, completed: completed, buyer: buyer, recipient: recipient))
        }
        return releases
    }

    private static func release(
        grant: GrantRecord, classification: GrantClassification, event: Event, tags: [String], metOn: [UUID: String],
        payments: [DisbursementRecord], completed: Bool, buyer: OrganisationRecord, recipient: OrganisationRecord
    ) -> JSONValue {
        let open = classification == .public
        let ocid = ocid(for: grant.id)
        let grantID = JSONValue.string(grant.id.uuidString.lowercased())
        var award: [String: JSONValue] = [
            "id": grantID, "status": .string("active"), "date": .string(String(grant.createdAt.iso8601)),
            "value": .money(grant.amount), "suppliers": .array([reference(recipient)]),
        ]
        var contract: [String: JSONValue] = [
            "id": grantID, "awardID": grantID, "status": .string(completed ? "terminated" : "active"),
            "value": .money(grant.amount),
            "milestones": .array(grant.milestones.map { milestone in
                var fields: [String: JSONValue] = [
                    "id": .string(milestone.id.uuidString.lowercased()),
                    "type": .string(milestone.plan.deliveryUnits == nil ? "financing" : "delivery"),
                    "dueDate": .string("\(milestone.plan.dueDate)T00:00:00Z"),
                    "status": .string(metOn[milestone.id] == nil ? "scheduled" : "met"),
                    "value": .money(milestone.plan.amount),
                ]
                if let met = metOn[milestone.id] { fields["dateMet"] = .string("\(met)T00:00:00Z") }
                if open { fields["title"] = .string(milestone.plan.description) }
                return .object(fields)
            }),
            "implementation": .object(["transactions": .array(payments.map { payment in
                .object([
                    "id": .string(payment.id.uuidString.lowercased()), "date": .string(payment.createdAt.iso8601),
                    "value": .money(payment.amount), "payer": reference(buyer), "payee": reference(recipient),
                ])
            })]),
        ]
        if open {
            award["title"] = .string(grant.title)
            contract["title"] = .string(grant.title)
        }
        return .object([
            "ocid": .string(ocid), "id": .string("\(ocid)-\(event.sequence)"), "date": .string(event.occurredAt),
            "tag": .array(tags.map(JSONValue.string)), "initiationType": .string("tender"), "language": .string("en"),
            "buyer": reference(buyer),
            "parties": .array([party(buyer, roles: ["buyer", "funder", "payer"]), party(recipient, roles: ["supplier", "payee"])]),
            "awards": .array([.object(award)]), "contracts": .array([.object(contract)]),
        ])
    }

    private static func reference(_ organisation: OrganisationRecord) -> JSONValue {
        .object(["id": .string(organisation.id.uuidString.lowercased()), "name": .string(organisation.name)])
    }

    private static func party(_ organisation: OrganisationRecord, roles: [String]) -> JSONValue {
        .object([
            "id": .string(organisation.id.uuidString.lowercased()), "name": .string(organisation.name),
            "roles": .array(roles.map(JSONValue.string)), "address": .object(["countryName": .string(organisation.country)]),
        ])
    }
}

extension Date {
    /// ISO 8601 in UTC with seconds, as OCDS dates are written.
    var iso8601: String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: self)
    }
}
