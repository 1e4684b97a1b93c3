import BWUDomain
import Fluent
import Foundation

/// Header of a balanced ledger transaction; its postings carry the amounts.
final class LedgerTransactionModel: Model, @unchecked Sendable {
    static let schema = "ledger_transactions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: ProgrammeModel
    @Field(key: "kind") var kind: String
    @Field(key: "memo") var memo: String
    @Field(key: "created_by") var createdBy: UUID
    /// Set from the services' clock, not the database's, so "as of" figures and pinned test clocks agree.
    @Timestamp(key: "created_at", on: .none) var createdAt: Date?
    @Children(for: \.$transaction) var postings: [LedgerPostingModel]

    init() {}

    init(id: UUID? = nil, programmeID: UUID, kind: LedgerTransactionKind, memo: String, createdBy: UUID, createdAt: Date) {
        self.id = id
        self.createdAt = createdAt
        self.$programme.id = programmeID
        self.kind = kind.rawValue
        self.memo = memo
        self.createdBy = createdBy
    }

    func record() throws -> LedgerTransactionRecord {
        LedgerTransactionRecord(
            id: try requireID(), programmeID: $programme.id,
            kind: LedgerTransactionKind(rawValue: kind) ?? .pledge, memo: memo,
            createdAt: createdAt ?? Date(timeIntervalSince1970: 0), createdBy: createdBy,
            postings: try postings.sorted { $0.line < $1.line }.map {
                PostingRecord(account: $0.account, amount: Money(minorUnits: $0.amountMinor, currency: try CurrencyCode($0.currency)))
            })
    }
}

final class LedgerPostingModel: Model, @unchecked Sendable {
    static let schema = "ledger_postings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "transaction_id") var transaction: LedgerTransactionModel
    @Field(key: "programme_id") var programmeID: UUID
    @Field(key: "line") var line: Int
    @Field(key: "account") var account: String
    /// Signed: debit positive, credit negative.
    @Field(key: "amount_minor") var amountMinor: Int64
    @Field(key: "currency") var currency: String

    init() {}

    init(transactionID: UUID, programmeID: UUID, line: Int, posting: Posting) {
        self.$transaction.id = transactionID
        self.programmeID = programmeID
        self.line = line
        self.account = posting.account.code
        self.amountMinor = posting.amount.minorUnits
        self.currency = posting.amount.currency.code
    }
}
