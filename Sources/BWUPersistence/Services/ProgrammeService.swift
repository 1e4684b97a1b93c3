import BWUDomain
import Fluent
import Foundation

/// Programmes, their funding sources and the envelope they add up to.
public struct ProgrammeService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    public func create(name: String, currency: CurrencyCode, actor: Actor) async throws -> ProgrammeRecord {
        try actor.require(.admin, to: "creating a programme")
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw DomainError.invalid("name", "must not be empty")
        }
        return try await context.audited(by: actor) { db, log in
            if try await ProgrammeModel.query(on: db).filter(\.$name == name).first() != nil {
                throw DomainError.conflict("a programme named '\(name)' already exists", field: "name")
            }
            let programme = ProgrammeModel(id: UUID(), name: name, currency: currency)
            try await programme.create(on: db)
            log.record("programme.created", "programme", try programme.requireID(), ["name": name, "currency": currency.code])
            return ProgrammeRecord(
                id: try programme.requireID(), name: name, currency: currency,
                balances: EnvelopeBalances(currency: currency, balances: [:]))
        }
    }

    public func list() async throws -> [ProgrammeRecord] {
        var records: [ProgrammeRecord] = []
        for programme in try await ProgrammeModel.query(on: context.database).sort(\.$name).all() {
            records.append(try await record(programme, on: context.database))
        }
        return records
    }

    public func get(_ id: UUID) async throws -> ProgrammeRecord {
        guard let programme = try await ProgrammeModel.find(id, on: context.database) else {
            throw DomainError.notFound("programme")
        }
        return try await record(programme, on: context.database)
    }

    /// Adds a donor's contribution and pledges it into the envelope in the same transaction.
    public func addFundingSource(
        programmeID: UUID, donor: String, legalBasis: String, amount: Money, actor: Actor
    ) async throws -> FundingSourceRecord {
        try actor.require(.programmeOfficer, .admin, to: "adding a funding source")
        for (field, value) in [("donor", donor), ("legalBasis", legalBasis)]
        where value.trimmingCharacters(in: .whitespaces).isEmpty {
            throw DomainError.invalid(field, "must not be empty")
        }
        return try await context.audited(by: actor) { db, log in
            guard let programme = try await ProgrammeModel.find(programmeID, on: db) else {
                throw DomainError.notFound("programme")
            }
            guard amount.currency.code == programme.currency else {
                throw DomainError.invalid("amount.currency", "the programme is kept in \(programme.currency)")
            }
            let source = FundingSourceModel(id: UUID(), programmeID: programmeID, donor: donor, legalBasis: legalBasis, amount: amount)
            try await source.create(on: db)
            let sourceID = try source.requireID()
            let pledge = try LedgerTransaction.transfer(
                .pledge, amount, from: .fundingSource(sourceID), to: .available, memo: "Pledge from \(donor) (\(legalBasis))")
            let transactionID = try await Ledger.post(pledge, programmeID: programmeID, by: actor, at: context.now(), on: db)
            log.record("funding-source.added", "funding-source", sourceID, [
                "programme": programmeID.uuidString, "donor": donor, "legalBasis": legalBasis,
                "amount": amount.decimalString, "currency": amount.currency.code,
                "ledgerTransaction": transactionID.uuidString,
            ])
            return try source.record()
        }
    }

    public func fundingSources(programmeID: UUID) async throws -> [FundingSourceRecord] {
        guard try await ProgrammeModel.find(programmeID, on: context.database) != nil else {
            throw DomainError.notFound("programme")
        }
        return try await FundingSourceModel.query(on: context.database)
            .filter(\.$programme.$id == programmeID).sort(\.$createdAt).all().map { try $0.record() }
    }

    /// Ledger transactions with their postings, oldest first, for finance and audit.
    public func transactions(programmeID: UUID?, actor: Actor, page: PageRequest) async throws -> ListPage<LedgerTransactionRecord> {
        try actor.require(.programmeOfficer, .financeOfficer, .auditor, .admin, to: "reading the ledger")
        let query = LedgerTransactionModel.query(on: context.database)
        if let programmeID { query.filter(\.$programme.$id == programmeID) }
        let total = try await query.count()
        let rows = try await query.with(\.$postings).sort(\.$createdAt).sort(\.$id).range(page.range).all()
        return ListPage(items: try rows.map { try $0.record() }, page: page, total: total)
    }

    private func record(_ programme: ProgrammeModel, on db: any Database) async throws -> ProgrammeRecord {
        let currency = try programme.currencyCode()
        let id = try programme.requireID()
        return ProgrammeRecord(
            id: id, name: programme.name, currency: currency,
            balances: try await Ledger.balances(programmeID: id, currency: currency, on: db))
    }
}
