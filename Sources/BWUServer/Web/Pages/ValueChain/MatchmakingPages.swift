import BWUDomain
import BWUMatchmaking
import BWUPersistence
import BWUWeb
import Vapor

/// Proposed suppliers for a manufacturer's weak items, and the invitation that follows one.
enum MatchmakingPages {
    @Sendable static func proposals(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let organisation = try req.query[String.self, at: "organisation"].flatMap { $0.isEmpty ? nil : $0 }.map { text -> UUID in
            guard let id = UUID(uuidString: text) else { throw DomainError.notFound("manufacturer") }
            return id
        }
        let clearance: ClearanceLevel = try req.query[String.self, at: "clearance"].flatMap { $0.isEmpty ? nil : $0 }
            .map { try parseEnum($0, field: "clearance") } ?? .none
        return try await page(req, actor: actor, filter: MatchmakingFilter(organisation: organisation, clearance: clearance))
    }

    /// The page, optionally with one refused invitation form shown again.
    static func page(_ req: Request, actor: Actor, filter: MatchmakingFilter, refused: [String: TypedForm] = [:],
                     status: HTTPResponseStatus = .ok) async throws -> Response {
        try actor.require(.manufacturer, .programmeOfficer, .financeOfficer, .auditor, .admin, to: "reading supplier proposals")
        let organisations = try await PageData.organisations(req)
        let names = PageData.names(organisations)
        let ownOnly = actor.has(.manufacturer)
        let manufacturer = ownOnly ? actor.organisationID : filter.organisation
        var report: MatchmakingReport?
        if let manufacturer {
            report = try await MatchmakingService(req.services).proposals(
                organisationID: ownOnly ? nil : manufacturer, requiredClearance: filter.clearance, actor: actor)
        }
        let suppliers = try await SupplierRegisterService(req.services).list()
        var open: [String: UUID] = [:]
        if ownOnly {
            for invitation in try await SupplierInvitationService(req.services).list(actor: actor)
            where invitation.status == .open || invitation.status == .offered {
                open[MatchmakingModel.key(supplier: invitation.supplierID, item: invitation.itemCode)] = invitation.id
            }
        }
        let model = MatchmakingModel(
            manufacturers: ownOnly ? [] : organisations.filter { $0.kind == .manufacturer }.map { ($0.id, $0.name) },
            filter: filter, report: report, manufacturerName: manufacturer.flatMap { names[$0] },
            supplierIDs: Dictionary(suppliers.map { ($0.name, $0.organisationID) }, uniquingKeysWith: { first, _ in first }),
            openInvitations: open, refused: refused)
        return WebResponse.html(MatchmakingPage.render(req.pageContext(), model), status: status)
    }

    @Sendable static func invite(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let fields = try req.checkedForm()
        try actor.require(.manufacturer, to: "inviting a supplier")
        guard let supplierID = fields["supplierId"].flatMap(UUID.init(uuidString:)) else {
            throw DomainError.invalid("supplierId", "no such registered supplier")
        }
        let itemCode = fields["itemCode"] ?? "", message = fields["message"] ?? ""
        do {
            let invitation = try await SupplierInvitationService(req.services).invite(
                supplierID: supplierID, itemCode: itemCode, message: message, actor: actor)
            return WebResponse.redirect(.invitation(invitation.id), notice: .invited)
        } catch let error as DomainError where error.kind == .invalid || error.kind == .conflict {
            let field = error.field == "message" ? "message" : "form"
            let typed = TypedForm(values: ["message": message], errors: [field: req.language.reason(error)])
            return try await page(req, actor: actor, filter: MatchmakingFilter(),
                                  refused: [MatchmakingModel.key(supplier: supplierID, item: itemCode): typed],
                                  status: httpStatus(for: error))
        }
    }
}
