import Foundation
import Testing
@testable import BWUDomain

/// Sums the postings of `transactions` per account, as the persistence layer does.
private func balances(of transactions: [LedgerTransaction]) -> [LedgerAccount: Int64] {
    var result: [LedgerAccount: Int64] = [:]
    for posting in transactions.flatMap(\.postings) {
        result[posting.account, default: 0] += posting.amount.minorUnits
    }
    return result
}

private func dkk(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: .dkk) }

@Suite("Ledger: balanced double entry and the envelope's position")
struct LedgerTests {
    let source = UUID()
    let grant = UUID()

    // MARK: LedgerTransaction

    @Test("a transfer debits the destination and credits the origin")
    func transferMovesMoney() throws {
        let amount = dkk(50_000_000_000)

        let pledge = try LedgerTransaction.transfer(
            .pledge, amount, from: .fundingSource(source), to: .available, memo: "Danish Ukraine Fund")

        #expect(pledge.kind == .pledge)
        #expect(pledge.memo == "Danish Ukraine Fund")
        #expect(pledge.currency == .dkk)
        #expect(pledge.postings == [Posting(.available, amount), Posting(.fundingSource(source), -amount)])
    }

    @Test("a transfer of zero or a negative amount is refused", arguments: [Int64(0), -1, -100_000])
    func transferRefusesNonPositive(minorUnits: Int64) throws {
        let error = try #require(throws: DomainError.self) {
            try LedgerTransaction.transfer(.commitment, dkk(minorUnits), from: .available, to: .committed(grant: grant), memo: "")
        }

        #expect(error.kind == .invalid)
        #expect(error.field == "amount")
    }

    @Test("postings that do not add up to zero are refused, naming the difference")
    func unbalancedRefused() throws {
        let postings = [Posting(.available, dkk(100)), Posting(.fundingSource(source), dkk(-99))]

        let error = try #require(throws: DomainError.self) {
            try LedgerTransaction(kind: .pledge, postings: postings, memo: "")
        }

        #expect(error.kind == .invalid)
        #expect(error.field == "postings")
        #expect(error.reason.contains("1 minor units"))
    }

    @Test("a transaction needs at least two postings", arguments: [0, 1])
    func tooFewPostings(count: Int) throws {
        let postings = Array([Posting(.available, dkk(0))].prefix(count))

        let error = try #require(throws: DomainError.self) {
            try LedgerTransaction(kind: .pledge, postings: postings, memo: "")
        }

        #expect(error.field == "postings")
        #expect(error.reason.contains("at least two"))
    }

    @Test("all postings must be in one currency, even if the numbers balance")
    func mixedCurrencyRefused() throws {
        let eur = try CurrencyCode("EUR")
        let postings = [Posting(.available, dkk(100)), Posting(.fundingSource(source), Money(minorUnits: -100, currency: eur))]

        let error = try #require(throws: DomainError.self) {
            try LedgerTransaction(kind: .pledge, postings: postings, memo: "")
        }

        #expect(error.field == "postings")
        #expect(error.reason.contains("DKK"))
    }

    @Test("a zero posting is refused even when the rest balance")
    func zeroPostingRefused() throws {
        let postings = [Posting(.available, dkk(100)), Posting(.committed(grant: grant), dkk(0)),
                        Posting(.fundingSource(source), dkk(-100))]

        let error = try #require(throws: DomainError.self) {
            try LedgerTransaction(kind: .pledge, postings: postings, memo: "")
        }

        #expect(error.reason.contains("zero"))
    }

    @Test("more than two postings are fine when they balance")
    func multiLegBalanced() throws {
        let other = UUID()
        let postings = [Posting(.available, dkk(300)), Posting(.fundingSource(source), dkk(-100)),
                        Posting(.fundingSource(other), dkk(-200))]

        let transaction = try LedgerTransaction(kind: .pledge, postings: postings, memo: "two donors")

        #expect(transaction.postings.count == 3)
    }

    // MARK: LedgerAccount codes

    @Test("every account's stored code reads back as the same account")
    func accountCodeRoundTrip() {
        let accounts: [LedgerAccount] = [.available, .fundingSource(source), .committed(grant: grant), .disbursed(grant: grant)]

        for account in accounts {
            #expect(LedgerAccount(code: account.code) == account)
            #expect(account.description == account.code)
        }
        #expect(LedgerAccount.available.code == "available")
        #expect(LedgerAccount.committed(grant: grant).code == "committed:\(grant.uuidString)")
        #expect(LedgerAccount.fundingSource(source).code == "source:\(source.uuidString)")
    }

    @Test("malformed account codes are refused", arguments: [
        "", "available:", "source", "source:", "source:not-a-uuid", "grant:6F9619FF-8B86-D011-B42D-00C04FC964FF",
        "Available", "committed:6F9619FF-8B86-D011-B42D-00C04FC964FF:x",
    ])
    func badAccountCodes(code: String) {
        #expect(LedgerAccount(code: code) == nil)
    }

    // MARK: EnvelopeBalances

    @Test("pledge, commitment and disbursement show up as envelope, committed and disbursed")
    func balancesFollowTheLedger() throws {
        let second = UUID()
        let transactions = [
            try LedgerTransaction.transfer(.pledge, dkk(40_000_000_000), from: .fundingSource(source), to: .available, memo: ""),
            try LedgerTransaction.transfer(.pledge, dkk(10_000_000_000), from: .fundingSource(second), to: .available, memo: ""),
            try LedgerTransaction.transfer(.commitment, dkk(1_500_000_000), from: .available, to: .committed(grant: grant), memo: ""),
            try LedgerTransaction.transfer(.disbursement, dkk(500_000_000), from: .committed(grant: grant), to: .disbursed(grant: grant), memo: ""),
        ]

        let position = EnvelopeBalances(currency: .dkk, balances: balances(of: transactions))

        #expect(position.envelope == dkk(50_000_000_000))
        #expect(position.available == dkk(48_500_000_000))
        #expect(position.committed == dkk(1_000_000_000))
        #expect(position.disbursed == dkk(500_000_000))
        #expect(position.isConsistent)
        #expect(position.envelope.description == "DKK 500,000,000.00")
    }

    @Test("an empty ledger is an empty, consistent envelope")
    func emptyLedger() {
        let position = EnvelopeBalances(currency: .dkk, balances: [:])

        #expect(position == EnvelopeBalances(envelope: dkk(0), available: dkk(0), committed: dkk(0), disbursed: dkk(0)))
        #expect(position.isConsistent)
    }

    @Test("figures that do not add up to the envelope are reported inconsistent")
    func inconsistentFigures() {
        let position = EnvelopeBalances(envelope: dkk(1000), available: dkk(500), committed: dkk(400), disbursed: dkk(99))

        #expect(!position.isConsistent)
    }

    @Test("committing exactly what is available is allowed; one øre more is a conflict on 'amount'")
    func requireAvailable() throws {
        let position = EnvelopeBalances(envelope: dkk(1000), available: dkk(600), committed: dkk(400), disbursed: dkk(0))

        try position.requireAvailable(dkk(600))
        let error = try #require(throws: DomainError.self) { try position.requireAvailable(dkk(601)) }

        #expect(error.kind == .conflict)
        #expect(error.field == "amount")
        #expect(error.reason.contains("DKK 6.00"))
        #expect(error.reason.contains("DKK 6.01"))
    }

    @Test("an envelope that funds exactly ten grants refuses the eleventh")
    func envelopeNeverOverCommitted() throws {
        var transactions = [try LedgerTransaction.transfer(.pledge, dkk(1_000_000), from: .fundingSource(source), to: .available, memo: "")]
        var granted = 0, refused = 0

        for _ in 0..<15 {
            let position = EnvelopeBalances(currency: .dkk, balances: balances(of: transactions))
            do {
                try position.requireAvailable(dkk(100_000))
                transactions.append(try .transfer(.commitment, dkk(100_000), from: .available, to: .committed(grant: UUID()), memo: ""))
                granted += 1
            } catch let error as DomainError where error.kind == .conflict {
                refused += 1
            }
        }
        let final = EnvelopeBalances(currency: .dkk, balances: balances(of: transactions))

        #expect(granted == 10)
        #expect(refused == 5)
        #expect(final.available == dkk(0))
        #expect(final.committed == dkk(1_000_000))
        #expect(final.isConsistent)
    }
}
