import Foundation

public struct ProgrammeRecord: Equatable, Sendable {
    public var id: UUID
    public var name: String
    public var currency: CurrencyCode
    public var balances: EnvelopeBalances

    public init(id: UUID, name: String, currency: CurrencyCode, balances: EnvelopeBalances) {
        self.id = id
        self.name = name
        self.currency = currency
        self.balances = balances
    }
}

/// A donor's contribution to a programme's envelope under a legal basis.
public struct FundingSourceRecord: Equatable, Sendable {
    public var id: UUID
    public var programmeID: UUID
    public var donor: String
    public var legalBasis: String
    public var amount: Money
    public var createdAt: Date

    public init(id: UUID, programmeID: UUID, donor: String, legalBasis: String, amount: Money, createdAt: Date) {
        self.id = id
        self.programmeID = programmeID
        self.donor = donor
        self.legalBasis = legalBasis
        self.amount = amount
        self.createdAt = createdAt
    }
}

public struct PostingRecord: Equatable, Sendable {
    public var account: String
    public var amount: Money

    public init(account: String, amount: Money) {
        self.account = account
        self.amount = amount
    }
}

public struct LedgerTransactionRecord: Equatable, Sendable {
    public var id: UUID
    public var programmeID: UUID
    public var kind: LedgerTransactionKind
    public var memo: String
    public var createdAt: Date
    public var createdBy: UUID
    public var postings: [PostingRecord]

    public init(
        id: UUID, programmeID: UUID, kind: LedgerTransactionKind, memo: String, createdAt: Date,
        createdBy: UUID, postings: [PostingRecord]
    ) {
        self.id = id
        self.programmeID = programmeID
        self.kind = kind
        self.memo = memo
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.postings = postings
    }
}
