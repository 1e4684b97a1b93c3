import BWUDomain
import Fluent
import Foundation

final class AuditEntryModel: Model, @unchecked Sendable {
    static let schema = "audit_entries"

    @ID(custom: "sequence", generatedBy: .user) var id: Int64?
    @Field(key: "occurred_at") var occurredAt: String
    @Field(key: "actor_id") var actorID: UUID
    @Field(key: "actor_email") var actorEmail: String
    @Field(key: "action") var action: String
    @Field(key: "entity_type") var entityType: String
    @Field(key: "entity_id") var entityID: String
    @Field(key: "details") var details: String
    @Field(key: "previous_hash") var previousHash: String
    @Field(key: "hash") var hash: String

    init() {}

    init(_ record: AuditRecord) {
        self.id = record.sequence
        self.occurredAt = record.occurredAt
        self.actorID = record.actorID
        self.actorEmail = record.actorEmail
        self.action = record.action
        self.entityType = record.entityType
        self.entityID = record.entityID
        self.details = record.canonicalDetails
        self.previousHash = record.previousHash
        self.hash = record.hash
    }

    func record() -> AuditRecord {
        let parsed = (try? JSONDecoder().decode([String: String].self, from: Data(details.utf8)))
            ?? ["<unreadable>": details]
        return AuditRecord(
            stored: id ?? 0, occurredAt: occurredAt, actorID: actorID, actorEmail: actorEmail, action: action,
            entityType: entityType, entityID: entityID, details: parsed, previousHash: previousHash, hash: hash)
    }
}

/// One row holding the chain's last sequence number and hash. Every audited transaction
/// updates it first, which serialises audited writes across all server processes and lets
/// verification notice entries cut off the end of the log.
final class AuditHeadModel: Model, @unchecked Sendable {
    static let schema = "audit_head"

    @ID(custom: "id", generatedBy: .user) var id: Int?
    @Field(key: "sequence") var sequence: Int64
    @Field(key: "hash") var hash: String

    init() {}

    init(sequence: Int64, hash: String) {
        self.id = 1
        self.sequence = sequence
        self.hash = hash
    }
}
