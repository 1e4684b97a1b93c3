import Foundation

/// One line of a ledger transaction: a signed amount (debit > 0, credit < 0) on an account.
public struct Posting: Equatable, Sendable {
    public let account: LedgerAccount
    public let amount: Money

    public init(_ account: LedgerAccount, _ amount: Money) {
        self.account = account
        self.amount = amount
    }
}

public enum LedgerTransactionKind: String, Codable, Sendable, CaseIterable {
    case pledge
    case commitment
    case disbursement
    case release
}

/// A balanced set of postings recorded together: the only way money moves in bwu.
public struct LedgerTransaction: Equatable, Sendable {
    public let kind: LedgerTransactionKind
    public let postings: [Posting]
    public let memo: String

    /// - Throws: ``DomainError`` unless there are at least two postings in one currency,
    ///   none of them zero, adding up to exactly zero.
    public init(kind: LedgerTransactionKind, postings: [Posting], memo: String) throws {
        guard postings.count >= 2, let currency = postings.first?.amount.currency else {
            throw DomainError.invalid("postings", "a transaction needs at least two postings")
        }
        guard postings.allSatisfy({ $0.amount.currency == currency }) else {
            throw DomainError.invalid("postings", "all postings must be in \(currency)")
        }
        guard postings.allSatisfy({ $0.amount.minorUnits != 0 }) else {
            throw DomainError.invalid("postings", "a posting must not be zero")
        }
        let sum = postings.reduce(Int64(0)) { $0 + $1.amount.minorUnits }
        guard sum == 0 else {
            throw DomainError.invalid("postings", "debits and credits differ by \(sum) minor units")
        }
        self.kind = kind
        self.postings = postings
        self.memo = memo
    }

    /// Moves `amount` from one account to another: debit `to`, credit `from`.
    public static func transfer(
        _ kind: LedgerTransactionKind, _ amount: Money, from: LedgerAccount, to: LedgerAccount, memo: String
    ) throws -> LedgerTransaction {
        guard amount.isPositive else {
            throw DomainError.invalid("amount", "must be greater than zero")
        }
        return try LedgerTransaction(
            kind: kind, postings: [Posting(to, amount), Posting(from, -amount)], memo: memo)
    }

    public var currency: CurrencyCode { postings[0].amount.currency }
}
