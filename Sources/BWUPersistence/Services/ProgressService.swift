import BWUDomain
import Fluent
import FluentSQL
import Foundation

/// Progress against spending, per grant and for the programme, as of any date: what was
/// committed and paid, and what the armed forces received and accepted for it.
public struct ProgressService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    public struct GrantProgress: Sendable {
        public let grant: GrantRecord
        public let figures: ProgressFigures
    }

    /// - Parameter date: figures include everything recorded up to the end of this UTC day.
    /// - Returns: the figures per grant visible to the actor, and their total.
    public func progress(programmeID: UUID, asOf date: CalendarDate, actor: Actor) async throws -> (grants: [GrantProgress], total: ProgressFigures) {
        try actor.require(.manufacturer, .programmeOfficer, .financeOfficer, .auditor, .admin, to: "reading progress against spending")
        let db = context.database
        guard let programme = try await ProgrammeModel.find(programmeID, on: db) else { throw DomainError.notFound("programme") }
        let currency = try programme.currencyCode()
        let query = GrantModel.query(on: db).filter(\.$programme.$id == programmeID).with(\.$milestones)
        if !actor.seesAllOrganisations { query.filter(\.$organisation.$id == actor.organisationID) }
        let grants = try await query.sort(\.$createdAt).all().map { try $0.record() }
        let debits = try await Self.debitsByAccount(programmeID: programmeID, before: date.adding(days: 1), on: db)
        let milestoneIDs = grants.flatMap { $0.milestones.map(\.id) }
        let deliveries = milestoneIDs.isEmpty ? [] : try await DeliveryModel.query(on: db).filter(\.$milestoneID ~~ milestoneIDs).all()

        var rows: [GrantProgress] = []
        var total = ProgressFigures.zero(currency)
        for grant in grants {
            let ids = Set(grant.milestones.map(\.id))
            let linked = deliveries.filter { $0.milestoneID.map(ids.contains) ?? false }
            let figures = ProgressFigures(
                committed: Money(minorUnits: debits[LedgerAccount.committed(grant: grant.id).code] ?? 0, currency: currency),
                disbursed: Money(minorUnits: debits[LedgerAccount.disbursed(grant: grant.id).code] ?? 0, currency: currency),
                plannedUnits: grant.milestones.reduce(0) { $0 + ($1.plan.deliveryUnits ?? 0) },
                plannedUnitsDue: grant.milestones.filter { $0.plan.dueDate <= date }.reduce(0) { $0 + ($1.plan.deliveryUnits ?? 0) },
                deliveredUnits: linked.filter { $0.shippedOn <= date.description }.reduce(0) { $0 + $1.quantity },
                acceptedUnits: linked.filter { ($0.decidedOn ?? "9999") <= date.description }.reduce(0) { $0 + $1.acceptedQuantity })
            rows.append(GrantProgress(grant: grant, figures: figures))
            total = total + figures
        }
        return (rows, total)
    }

    /// Debits per account from transactions recorded before the start of `day` (UTC).
    private static func debitsByAccount(programmeID: UUID, before day: CalendarDate, on db: any Database) async throws -> [String: Int64] {
        guard let sql = db as? any SQLDatabase else { throw DomainError(.conflict, "progress needs an SQL database") }
        let cutoff = Date(timeIntervalSince1970: TimeInterval(day.dayNumber) * 86_400)
        struct Row: Decodable { let account: String; let debits: Int64 }
        let rows = try await sql.raw("""
            SELECT p.account AS account, CAST(SUM(p.amount_minor) AS BIGINT) AS debits
            FROM ledger_postings p JOIN ledger_transactions t ON t.id = p.transaction_id
            WHERE p.programme_id = \(bind: programmeID) AND p.amount_minor > 0 AND t.created_at < \(bind: cutoff)
            GROUP BY p.account
            """).all(decoding: Row.self)
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.account, $0.debits) })
    }
}
