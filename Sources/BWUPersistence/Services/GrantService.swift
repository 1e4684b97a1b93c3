import BWUDomain
import Fluent
import Foundation

/// Grants: the commitment from the envelope, and reading them within the actor's scope.
public struct GrantService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// Turns an approved application into a grant and commits its amount from the envelope,
    /// all in one audited transaction. Audited transactions are serialised (see
    /// ``ServiceContext/audited(by:_:)``), so concurrent requests can never over-commit.
    /// - Parameter classification: what open data may publish about the grant.
    public func create(applicationID: UUID, classification: GrantClassification = .public, actor: Actor) async throws -> GrantRecord {
        try actor.require(.programmeOfficer, to: "making a grant")
        return try await context.audited(by: actor) { db, log in
            guard let application = try await ApplicationModel.query(on: db).filter(\.$id == applicationID)
                .with(\.$productLines).with(\.$milestones).with(\.$reviews).first()
            else { throw DomainError.invalid("applicationId", "no such application") }
            let record = try application.record()
            if record.status == .granted {
                throw DomainError.conflict("this application has already become a grant", field: "applicationId")
            }
            try ApplicationWorkflow.checkGrantable(status: record.status)
            let programme = try await application.$programme.get(on: db)
            let balances = try await Ledger.balances(
                programmeID: record.programmeID, currency: try programme.currencyCode(), on: db)
            let amount = record.content.requestedAmount
            try balances.requireAvailable(amount)

            let grantID = UUID()
            let grant = GrantModel(
                id: grantID, programmeID: record.programmeID, applicationID: applicationID,
                organisationID: record.organisationID, title: record.content.title, amount: amount,
                classification: classification, createdBy: actor.userID)
            try await grant.create(on: db)
            for (index, plan) in record.content.milestones.enumerated() {
                try await MilestoneModel(grantID: grantID, sequence: index + 1, plan: plan).create(on: db)
            }
            let commitment = try LedgerTransaction.transfer(
                .commitment, amount, from: .available, to: .committed(grant: grantID),
                memo: "Commitment to grant '\(record.content.title)'")
            let transactionID = try await Ledger.post(commitment, programmeID: record.programmeID, by: actor, at: context.now(), on: db)
            application.status = ApplicationStatus.granted.rawValue
            try await application.update(on: db)
            log.record("grant.created", "grant", grantID, [
                "application": applicationID.uuidString, "organisation": record.organisationID.uuidString,
                "amount": amount.decimalString, "currency": amount.currency.code,
                "ledgerTransaction": transactionID.uuidString,
                "availableBefore": balances.available.decimalString, "classification": classification.rawValue,
            ])
            log.record("application.granted", "application", applicationID, ["grant": grantID.uuidString])
            return try await Self.load(grantID, on: db)
        }
    }

    public func get(_ id: UUID, actor: Actor) async throws -> GrantRecord {
        try Self.requireReader(actor)
        let grant = try Self.visible(try await Self.load(id, on: context.database), actor)
        return grant
    }

    public func list(actor: Actor, page: PageRequest) async throws -> ListPage<GrantRecord> {
        try Self.requireReader(actor)
        let query = GrantModel.query(on: context.database)
        if !actor.seesAllOrganisations { query.filter(\.$organisation.$id == actor.organisationID) }
        let total = try await query.count()
        let rows = try await query.with(\.$milestones).sort(\.$createdAt, .descending).sort(\.$id).range(page.range).all()
        return ListPage(items: try rows.map { try $0.record() }, page: page, total: total)
    }

    // MARK: - Scope

    static func requireReader(_ actor: Actor) throws {
        try actor.require(.manufacturer, .programmeOfficer, .financeOfficer, .auditor, .admin, to: "reading grants")
    }

    /// A grant outside the actor's organisation is reported as not found, never as forbidden,
    /// so its existence is not revealed.
    static func visible(_ grant: GrantRecord, _ actor: Actor) throws -> GrantRecord {
        guard actor.seesAllOrganisations || grant.organisationID == actor.organisationID else {
            throw DomainError.notFound("grant")
        }
        return grant
    }

    static func load(_ id: UUID, on db: any Database) async throws -> GrantRecord {
        guard let grant = try await GrantModel.query(on: db).filter(\.$id == id).with(\.$milestones).first() else {
            throw DomainError.notFound("grant")
        }
        return try grant.record()
    }
}
