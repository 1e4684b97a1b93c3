import BWUDomain
import BWUPersistence
import BWUWeb
import Vapor

/// The ledger and the audit log for the auditor (and the programme and finance office), with
/// filters and CSV downloads of exactly the filtered rows.
enum AuditPages {
    static let auditPageSize = 50

    @Sendable static func ledger(_ req: Request) async throws -> Response {
        let model = try await ledgerModel(req)
        return WebResponse.html(LedgerPage.render(req.pageContext(), model), status: model.filterErrors.isEmpty ? .ok : .unprocessableEntity)
    }

    @Sendable static func ledgerCSV(_ req: Request) async throws -> Response {
        WebResponse.download(LedgerPage.csv(try await ledgerModel(req)), filename: "bwu-ledger.csv")
    }

    private static func ledgerModel(_ req: Request) async throws -> LedgerModel {
        let actor = try req.webActor()
        var errors: [String: String] = [:]
        func date(_ name: String) -> CalendarDate? {
            guard let text = req.query[String.self, at: name], !text.isEmpty else { return nil }
            do { return try CalendarDate(text, field: name) } catch {
                errors[name] = req.language(.errDate)
                return nil
            }
        }
        let kind = req.query[String.self, at: "kind"].flatMap(LedgerTransactionKind.init(rawValue:))
        let filter = LedgerFilter(kind: kind, from: date("from"), to: date("to"))
        let all = try await PageData.allTransactions(req, actor: actor, programmeID: nil)
        var names: [UUID: String] = [:]
        let grants = try await GrantService(req.services).list(actor: actor, page: try PageRequest(page: 1, size: PageRequest.maximumSize))
        for grant in grants.items { names[grant.id] = grant.title }
        for programme in try await ProgrammeService(req.services).list() {
            for source in try await ProgrammeService(req.services).fundingSources(programmeID: programme.id) { names[source.id] = source.donor }
        }
        let people = try await PageData.people(req, actor: actor, entityIDs: [])
        return LedgerModel(filter: filter, transactions: LedgerModel.apply(filter, to: all), names: names, people: people, filterErrors: errors)
    }

    @Sendable static func audit(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let filter = auditFilter(req)
        let entries: [AuditRecord], total: Int
        if filter.actor != nil {
            // The service filters by record and action; the user filter is applied here over all matches.
            let matching = try await matchingEntries(req, actor: actor, filter)
            total = matching.count
            entries = Array(matching.dropFirst((filter.page - 1) * auditPageSize).prefix(auditPageSize))
        } else {
            let page = try await AuditService(req.services).entries(
                actor: actor, entityID: filter.entity, action: filter.action, page: try PageRequest(page: filter.page, size: auditPageSize))
            entries = page.items
            total = page.total
        }
        let chain = try await AuditService(req.services).verify()
        let model = AuditModel(filter: filter, entries: entries, total: total, pageSize: auditPageSize, chain: chain)
        return WebResponse.html(AuditPage.render(req.pageContext(), model))
    }

    @Sendable static func auditCSV(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let entries = try await matchingEntries(req, actor: actor, auditFilter(req))
        return WebResponse.download(AuditPage.csv(entries), filename: "bwu-audit.csv")
    }

    private static func auditFilter(_ req: Request) -> AuditFilter {
        func text(_ name: String) -> String? {
            guard let value = req.query[String.self, at: name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
            return value
        }
        let page = text("page").flatMap(Int.init).map { max(1, $0) } ?? 1
        return AuditFilter(action: text("action"), entity: text("entity"), actor: text("actor")?.lowercased(), page: page)
    }

    private static func matchingEntries(_ req: Request, actor: Actor, _ filter: AuditFilter) async throws -> [AuditRecord] {
        let all = try await PageData.allAuditEntries(req, actor: actor, entityID: filter.entity, action: filter.action)
        guard let email = filter.actor else { return all }
        return all.filter { $0.actorEmail.lowercased() == email }
    }
}
