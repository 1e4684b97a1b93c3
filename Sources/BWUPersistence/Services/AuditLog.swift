import BWUDomain
import Fluent
import FluentSQL
import Foundation

/// Appends entries to the hash chain inside one audited transaction
/// (see ``ServiceContext/audited(by:_:)``). Used by one task at a time.
final class AuditLog: @unchecked Sendable {
    private let database: any Database
    private let actor: Actor
    private let occurredAt: String
    private var sequence: Int64
    private var hash: String
    private var pending: [AuditRecord] = []

    private init(database: any Database, actor: Actor, occurredAt: String, sequence: Int64, hash: String) {
        self.database = database
        self.actor = actor
        self.occurredAt = occurredAt
        self.sequence = sequence
        self.hash = hash
    }

    static func lock(on database: any Database, actor: Actor, at date: Date) async throws -> AuditLog {
        guard let sql = database as? any SQLDatabase else {
            throw DomainError(.conflict, "the audit log needs an SQL database")
        }
        try await sql.raw("UPDATE audit_head SET sequence = sequence WHERE id = 1").run()
        guard let head = try await AuditHeadModel.find(1, on: database) else {
            throw DomainError(.conflict, "the audit log has no head row; run `bwu migrate`")
        }
        return AuditLog(
            database: database, actor: actor, occurredAt: AuditTimestamp.format(date),
            sequence: head.sequence, hash: head.hash)
    }

    /// Records one change.
    /// - Parameters:
    ///   - action: what happened, `entity.verb` (e.g. `grant.created`).
    ///   - entityType: the kind of record changed.
    ///   - entityID: its id.
    ///   - details: facts an auditor needs without joining other tables (amounts, reasons).
    func record(_ action: String, _ entityType: String, _ entityID: UUID, _ details: [String: String] = [:]) {
        sequence += 1
        let entry = AuditRecord(
            sequence: sequence, occurredAt: occurredAt, actorID: actor.userID, actorEmail: actor.email,
            action: action, entityType: entityType, entityID: entityID.uuidString, details: details,
            previousHash: hash)
        hash = entry.hash
        pending.append(entry)
    }

    func flush() async throws {
        guard !pending.isEmpty else { return }
        for entry in pending {
            try await AuditEntryModel(entry).create(on: database)
        }
        try await AuditHeadModel.query(on: database)
            .filter(\.$id == 1)
            .set(\.$sequence, to: sequence)
            .set(\.$hash, to: hash)
            .update()
        pending.removeAll()
    }
}
