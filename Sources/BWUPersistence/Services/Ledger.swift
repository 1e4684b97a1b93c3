import BWUDomain
import Fluent
import FluentSQL
import Foundation

/// Writes balanced transactions and derives balances from postings. Never stores a balance.
enum Ledger {
    /// Records a transaction inside the caller's (audited) database transaction.
    /// - Returns: the stored transaction's id.
    static func post(
        _ transaction: LedgerTransaction, programmeID: UUID, by actor: Actor, at date: Date, on database: any Database
    ) async throws -> UUID {
        let header = LedgerTransactionModel(
            id: UUID(), programmeID: programmeID, kind: transaction.kind, memo: transaction.memo, createdBy: actor.userID,
            createdAt: date)
        try await header.create(on: database)
        let id = try header.requireID()
        for (line, posting) in transaction.postings.enumerated() {
            try await LedgerPostingModel(transactionID: id, programmeID: programmeID, line: line, posting: posting)
                .create(on: database)
        }
        return id
    }

    /// The envelope's position, summed from every posting of the programme.
    static func balances(programmeID: UUID, currency: CurrencyCode, on database: any Database) async throws -> EnvelopeBalances {
        guard let sql = database as? any SQLDatabase else {
            throw DomainError(.conflict, "ledger balances need an SQL database")
        }
        struct Row: Decodable { let account: String; let balance: Int64 }
        // CAST keeps the sum an integer on PostgreSQL, whose SUM(bigint) is numeric.
        let rows = try await sql.raw("""
            SELECT account, CAST(SUM(amount_minor) AS BIGINT) AS balance
            FROM ledger_postings WHERE programme_id = \(bind: programmeID) GROUP BY account
            """).all(decoding: Row.self)
        var balances: [LedgerAccount: Int64] = [:]
        for row in rows {
            guard let account = LedgerAccount(code: row.account) else { continue }
            balances[account] = row.balance
        }
        return EnvelopeBalances(currency: currency, balances: balances)
    }
}
