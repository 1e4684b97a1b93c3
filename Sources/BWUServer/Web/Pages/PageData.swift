import BWUDomain
import BWUPersistence
import Foundation
import Vapor

/// Reads shared by several pages, all through the services (which apply the actor's scope).
enum PageData {
    /// Organisation names by id, to show who applied.
    static func organisationNames(_ req: Request) async throws -> [UUID: String] {
        names(try await organisations(req))
    }

    /// Every organisation, for pages that also pick some by kind.
    static func organisations(_ req: Request) async throws -> [OrganisationRecord] {
        try await IdentityService(req.services, hasher: BcryptHasher()).organisations()
    }

    static func names(_ organisations: [OrganisationRecord]) -> [UUID: String] {
        Dictionary(organisations.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every product of the catalogue by id (the catalogue is open to every signed-in user).
    static func products(_ req: Request) async throws -> [UUID: ProductRecord] {
        Dictionary(try await CatalogueService(req.services).products(manufacturerID: nil).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every ledger transaction the actor may read, oldest first, page by page.
    static func allTransactions(_ req: Request, actor: Actor, programmeID: UUID?) async throws -> [LedgerTransactionRecord] {
        var all: [LedgerTransactionRecord] = []
        var page = 1
        while true {
            let slice = try await ProgrammeService(req.services).transactions(
                programmeID: programmeID, actor: actor, page: try PageRequest(page: page, size: PageRequest.maximumSize))
            all += slice.items
            if all.count >= slice.total || slice.items.isEmpty { return all }
            page += 1
        }
    }

    /// Every audit entry matching the filters, in order, page by page.
    static func allAuditEntries(_ req: Request, actor: Actor, entityID: String?, action: String?) async throws -> [AuditRecord] {
        var all: [AuditRecord] = []
        var page = 1
        while true {
            let slice = try await AuditService(req.services).entries(
                actor: actor, entityID: entityID, action: action, page: try PageRequest(page: page, size: PageRequest.maximumSize))
            all += slice.items
            if all.count >= slice.total || slice.items.isEmpty { return all }
            page += 1
        }
    }

    /// E-mail addresses of users, as far as the actor may know them: the user list for
    /// administrators and auditors, the authors of the given records' audit entries for the
    /// programme office, nothing for anyone else (pages then say "another user").
    static func people(_ req: Request, actor: Actor, entityIDs: [UUID]) async throws -> [UUID: String] {
        var people: [UUID: String] = [actor.userID: actor.email]
        if actor.hasAny(.admin, .auditor) {
            for user in try await IdentityService(req.services, hasher: BcryptHasher()).users(actor: actor) {
                people[user.id] = user.email
            }
        } else if actor.has(.programmeOfficer) {
            for id in entityIDs {
                for entry in try await allAuditEntries(req, actor: actor, entityID: id.uuidString, action: nil) {
                    people[entry.actorID] = entry.actorEmail
                }
            }
        }
        return people
    }
}
