import BWUDomain
import Fluent
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
        var verifier = AuditChain.Verifier()
        var after: Int64 = 0
        while true {
            let batch = try await AuditEntryModel.query(on: context.database)
                .filter(\.$id > after).sort(\.$id, .ascending).limit(5000).all()
            if batch.isEmpty { break }
            for entry in batch {
                if let found = verifier.check(entry) { return (Int(verifier.checked), found) }
            }
            after = batch.last?.id ?? after
        }
        return (Int(verifier.checked), verifier.finish(head: head.map { ($0.sequence, $0.hash) }))
    }
}
