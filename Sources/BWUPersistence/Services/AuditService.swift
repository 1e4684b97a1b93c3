import BWUDomain
import Fluent
import FluentSQL
import Foundation

/// Reading and verifying the audit log.
public struct AuditService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// A page of entries, newest last, optionally for one entity.
    public func entries(
        actor: Actor, entityID: String? = nil, action: String? = nil, page: PageRequest
    ) async throws -> ListPage<AuditRecord> {
        try actor.require(.auditor, .admin, .programmeOfficer, to: "reading the audit log")
        let query = AuditEntryModel.query(on: context.database)
        if let entityID { query.filter(\.$entityID == entityID) }
        if let action { query.filter(\.$action == action) }
        let total = try await query.count()
        let rows = try await query.sort(\.$id, .ascending).range(page.range).all()
        return ListPage(items: rows.map { $0.record() }, page: page, total: total)
    }

    /// Recomputes the whole chain, batch by batch as it is read. Each entry's hash is recomputed
    /// from its stored bytes (details as stored, not parsed and re-written), which is both the
    /// stricter check and the cheaper one.
    /// - Returns: the number of entries checked and the first break, if any.
    public func verify() async throws -> (checked: Int, break: AuditChain.Break?) {
        let head = try await AuditHeadModel.find(1, on: context.database)
        guard let sql = context.database as? any SQLDatabase else {
            throw DomainError(.conflict, "the audit log needs an SQL database")
        }
        var verifier = AuditChain.Verifier()
        var after: Int64 = 0
        while true {
            let batch = try await sql.raw("""
                SELECT sequence, occurred_at, actor_id, actor_email, action, entity_type, entity_id, details, previous_hash, hash
                FROM audit_entries WHERE sequence > \(bind: after) ORDER BY sequence LIMIT 5000
                """).all(decoding: StoredAuditLink.self)
            if batch.isEmpty { break }
            for entry in batch {
                if let found = verifier.check(entry) { return (Int(verifier.checked), found) }
            }
            after = batch.last?.sequence ?? after
        }
        return (Int(verifier.checked), verifier.finish(head: head.map { ($0.sequence, $0.hash) }))
    }
}

/// A stored entry as verification reads it: the row's own columns, hashed as stored. Read with
/// plain SQL because hydrating Fluent models (by reflection) cost more than the hashing itself.
private struct StoredAuditLink: Decodable, AuditChainLink {
    let sequence: Int64
    let occurredAt: String
    let actorID: UUID
    let actorEmail: String
    let action: String
    let entityType: String
    let entityID: String
    let details: String
    let previousHash: String
    let hash: String

    enum CodingKeys: String, CodingKey {
        case sequence, action, details, hash
        case occurredAt = "occurred_at", actorID = "actor_id", actorEmail = "actor_email", entityType = "entity_type"
        case entityID = "entity_id", previousHash = "previous_hash"
    }

    var expectedHash: String {
        AuditRecord.hash(
            sequence: sequence, occurredAt: occurredAt, actorID: actorID, actorEmail: actorEmail, action: action,
            entityType: entityType, entityID: entityID, canonicalDetails: details, previousHash: previousHash)
    }
}
