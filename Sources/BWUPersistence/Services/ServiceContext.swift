import BWUDomain
import Fluent
import Foundation

/// What every service needs: the database and the clock. Tests pin the clock.
public struct ServiceContext: Sendable {
    public let database: any Database
    public let now: @Sendable () -> Date

    public init(database: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.now = now
    }

    /// Runs `body` in one transaction that also appends to the audit chain.
    ///
    /// The first statement locks the chain head (a no-op update of its single row), which
    /// takes a row lock on PostgreSQL and the write lock on SQLite before anything is read.
    /// Audited changes are therefore serialised across every server process, so checks such
    /// as "the envelope has enough available" cannot race.
    func audited<T: Sendable>(
        by actor: Actor, _ body: @escaping @Sendable (any Database, AuditLog) async throws -> T
    ) async throws -> T {
        let now = self.now
        return try await database.transaction { transaction in
            let log = try await AuditLog.lock(on: transaction, actor: actor, at: now())
            let result = try await body(transaction, log)
            try await log.flush()
            return result
        }
    }
}
