import BWUDomain
import Fluent
import Foundation

/// Requests by the armed forces to trial, evaluate or access a capability, approved by the
/// manufacturer and the Danish Ministry of Defence, and tracked to an outcome.
public struct TrialRequestService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    public func request(capabilityID: UUID, kind: TrialRequestRecord.Kind, purpose: String, actor: Actor) async throws -> TrialRequestRecord {
        try actor.require(.customer, to: "requesting a trial")
        try ProductionScope.requireText(purpose, "purpose", limit: 2000)
        let now = context.now()
        return try await context.audited(by: actor) { db, log in
            guard let capability = try await CapabilityModel.find(capabilityID, on: db) else { throw DomainError.notFound("capability") }
            let request = TrialRequestModel()
            request.id = UUID()
            request.capabilityID = capabilityID
            request.manufacturerID = capability.organisationID
            request.requesterOrganisationID = actor.organisationID
            request.requestedBy = actor.userID
            request.kind = kind.rawValue
            request.purpose = purpose
            request.status = TrialRequestRecord.Status.requested.rawValue
            request.requestedAt = now
            try await request.create(on: db)
            log.record("trial-request.created", "trial-request", try request.requireID(), [
                "capability": capabilityID.uuidString, "manufacturer": capability.organisationID.uuidString, "kind": kind.rawValue,
            ])
            return try request.record()
        }
    }

    /// The requests the actor may see, newest first.
    public func list(actor: Actor) async throws -> [TrialRequestRecord] {
        try Self.requireReader(actor)
        let query = TrialRequestModel.query(on: context.database)
        if !Self.seesAll(actor) {
            if actor.has(.manufacturer) { query.filter(\.$manufacturerID == actor.organisationID) } else { query.filter(\.$requesterOrganisationID == actor.organisationID) }
        }
        return try await query.sort(\.$requestedAt, .descending).sort(\.$id).all().map { try $0.record() }
    }

    public func get(_ id: UUID, actor: Actor) async throws -> TrialRequestRecord {
        try await Self.visible(id, actor: actor, on: context.database).record()
    }

    /// The manufacturer's or the Ministry of Defence's decision; the actor's role says which party decides.
    public func decide(_ id: UUID, approve: Bool, reason: String, actor: Actor) async throws -> TrialRequestRecord {
        let party: TrialRequestRecord.Party
        if actor.has(.manufacturer) {
            party = .manufacturer
        } else if actor.has(.reviewer), actor.remit == .defence {
            party = .ministryOfDefence
        } else {
            throw DomainError.forbidden("deciding a trial request requires the manufacturer or a Ministry of Defence reviewer")
        }
        return try await change(id, actor: actor, action: "trial-request.\(approve ? "approved" : "declined")",
                                details: ["party": party.rawValue, "reason": reason]) { request in
            try TrialRequestRules.decide(&request, by: party, approve: approve, reason: reason)
        }
    }

    /// The manufacturer sets the date of an approved request.
    public func schedule(_ id: UUID, on date: CalendarDate, actor: Actor) async throws -> TrialRequestRecord {
        try actor.require(.manufacturer, to: "scheduling a trial")
        let today = ProductionScope.today(context)
        return try await change(id, actor: actor, action: "trial-request.scheduled", details: ["date": date.description]) { request in
            try TrialRequestRules.schedule(&request, on: date, today: today)
        }
    }

    /// The requester or the manufacturer records the findings of a scheduled request.
    public func complete(_ id: UUID, findings: String, actor: Actor) async throws -> TrialRequestRecord {
        try actor.require(.customer, .manufacturer, to: "recording the findings of a trial")
        return try await change(id, actor: actor, action: "trial-request.completed", details: ["findings": findings]) { request in
            try TrialRequestRules.complete(&request, findings: findings)
        }
    }

    private func change(_ id: UUID, actor: Actor, action: String, details: [String: String],
                        _ rule: @escaping @Sendable (inout TrialRequestRecord) throws -> Void) async throws -> TrialRequestRecord {
        try await context.audited(by: actor) { db, log in
            let stored = try await Self.visible(id, actor: actor, on: db)
            var record = try stored.record()
            try rule(&record)
            stored.apply(record)
            try await stored.save(on: db)
            log.record(action, "trial-request", id, details.merging(["status": record.status.rawValue]) { $1 })
            return record
        }
    }

    static func requireReader(_ actor: Actor) throws {
        try actor.require(.customer, .manufacturer, .reviewer, .programmeOfficer, .financeOfficer, .auditor, .admin, to: "reading trial requests")
        if actor.has(.reviewer), !seesAll(actor), actor.remit != .defence {
            throw DomainError.forbidden("trial requests are decided by the Ministry of Defence")
        }
    }

    /// The programme roles and the Ministry of Defence's reviewers see every request.
    static func seesAll(_ actor: Actor) -> Bool {
        actor.seesAllOrganisations || (actor.has(.reviewer) && actor.remit == .defence)
    }

    static func visible(_ id: UUID, actor: Actor, on db: any Database) async throws -> TrialRequestModel {
        try requireReader(actor)
        guard let request = try await TrialRequestModel.find(id, on: db) else { throw DomainError.notFound("trial request") }
        let mine = actor.has(.manufacturer) ? request.manufacturerID == actor.organisationID : request.requesterOrganisationID == actor.organisationID
        guard seesAll(actor) || mine else { throw DomainError.notFound("trial request") }
        return request
    }
}
