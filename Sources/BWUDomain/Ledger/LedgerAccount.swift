import Foundation

/// An account of a programme's double-entry ledger. Balances are never stored: they are
/// the sum of the postings to an account, so they cannot drift from the transactions.
///
/// Sign convention: debits are positive, credits negative. A funding source's pledge
/// debits `available` and credits the source; a commitment moves money from `available`
/// to the grant's `committed` account; a disbursement from `committed` to `disbursed`.
public enum LedgerAccount: Hashable, Sendable, CustomStringConvertible {
    /// Money pledged by a donor under a legal basis (credit balance).
    case fundingSource(UUID)
    /// Envelope money not yet committed to any grant.
    case available
    /// Reserved for a grant and not yet paid.
    case committed(grant: UUID)
    /// Paid out to a grant's holder.
    case disbursed(grant: UUID)

    /// Stable text form stored in the database, e.g. `committed:1F0C…`.
    public var code: String {
        switch self {
        case .fundingSource(let id): "source:\(id.uuidString)"
        case .available: "available"
        case .committed(let grant): "committed:\(grant.uuidString)"
        case .disbursed(let grant): "disbursed:\(grant.uuidString)"
        }
    }

    public init?(code: String) {
        if code == "available" { self = .available; return }
        let parts = code.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let id = UUID(uuidString: parts[1]) else { return nil }
        switch parts[0] {
        case "source": self = .fundingSource(id)
        case "committed": self = .committed(grant: id)
        case "disbursed": self = .disbursed(grant: id)
        default: return nil
        }
    }

    public var description: String { code }
}
