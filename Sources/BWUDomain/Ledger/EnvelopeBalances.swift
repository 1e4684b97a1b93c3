/// The programme envelope's position, derived from ledger postings.
public struct EnvelopeBalances: Equatable, Sendable {
    /// Everything pledged by funding sources.
    public var envelope: Money
    /// Not yet committed to a grant: what a new grant can draw on.
    public var available: Money
    /// Committed to grants and not yet paid.
    public var committed: Money
    /// Paid out.
    public var disbursed: Money

    public init(envelope: Money, available: Money, committed: Money, disbursed: Money) {
        self.envelope = envelope
        self.available = available
        self.committed = committed
        self.disbursed = disbursed
    }

    /// Sums account balances (debit-positive) into the envelope's position.
    /// - Parameter balances: each account's balance, as summed from its postings.
    public init(currency: CurrencyCode, balances: [LedgerAccount: Int64]) {
        var envelope: Int64 = 0, available: Int64 = 0, committed: Int64 = 0, disbursed: Int64 = 0
        for (account, balance) in balances {
            switch account {
            case .fundingSource: envelope -= balance
            case .available: available += balance
            case .committed: committed += balance
            case .disbursed: disbursed += balance
            }
        }
        self.init(
            envelope: Money(minorUnits: envelope, currency: currency),
            available: Money(minorUnits: available, currency: currency),
            committed: Money(minorUnits: committed, currency: currency),
            disbursed: Money(minorUnits: disbursed, currency: currency))
    }

    /// True when every krone of the envelope is either available, committed or disbursed.
    public var isConsistent: Bool {
        envelope.minorUnits == available.minorUnits + committed.minorUnits + disbursed.minorUnits
    }

    /// - Throws: ``DomainError/conflict(_:field:)`` when `amount` exceeds what is available,
    ///   naming both figures so the programme office sees the shortfall.
    public func requireAvailable(_ amount: Money) throws {
        guard amount <= available else {
            throw DomainError.conflict(
                "the envelope has \(available) available; committing \(amount) would over-commit it",
                field: "amount")
        }
    }
}
