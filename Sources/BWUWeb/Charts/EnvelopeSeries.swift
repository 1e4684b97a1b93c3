import BWUDomain
import Foundation

/// The envelope's position after each ledger transaction: what the dashboard chart draws.
public struct EnvelopePoint: Equatable, Sendable {
    public let date: Date
    public let kind: LedgerTransactionKind
    public let available: Int64
    public let committed: Int64
    public let disbursed: Int64
}

public enum EnvelopeSeries {
    /// Replays the postings in order (oldest first), summing per kind of account, the same
    /// way ``EnvelopeBalances`` sums them, so the last point equals the programme's balances.
    public static func build(_ transactions: [LedgerTransactionRecord]) -> [EnvelopePoint] {
        var available: Int64 = 0, committed: Int64 = 0, disbursed: Int64 = 0
        var points: [EnvelopePoint] = []
        for transaction in transactions.sorted(by: { $0.createdAt < $1.createdAt }) {
            for posting in transaction.postings {
                switch LedgerAccount(code: posting.account) {
                case .available: available += posting.amount.minorUnits
                case .committed: committed += posting.amount.minorUnits
                case .disbursed: disbursed += posting.amount.minorUnits
                case .fundingSource, nil: break
                }
            }
            points.append(EnvelopePoint(
                date: transaction.createdAt, kind: transaction.kind,
                available: available, committed: committed, disbursed: disbursed))
        }
        return points
    }
}
