import BWUDomain
import BWUPersistence
import Vapor

/// The supplier register, matchmaking, invitations and offers, and the programme's figures.
enum ValueChainHandlers {
    @Sendable static func listSuppliers(_ req: Request) async throws -> Response {
        _ = try req.actor()
        return try await SupplierRegisterService(req.services).list().map(SupplierProfileDTO.init).response()
    }

    @Sendable static func getSupplier(_ req: Request) async throws -> Response {
        _ = try req.actor()
        let id = try req.id("organisationId", "supplier profile")
        return try SupplierProfileDTO(try await SupplierRegisterService(req.services).profile(organisationID: id)).response()
    }

    @Sendable static func saveProfile(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.supplier, to: "keeping a supplier profile")
        let profile = try req.decodeBody(SupplierProfileRequest.self).profile()
        return try SupplierProfileDTO(try await SupplierRegisterService(req.services).save(profile, actor: actor)).response()
    }

    /// `?organisationId=` names the manufacturer for programme roles; `?clearance=` the clearance a new source must hold.
    @Sendable static func proposals(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.manufacturer, .programmeOfficer, .financeOfficer, .auditor, .admin, to: "reading supplier proposals")
        let organisation = try req.query[String.self, at: "organisationId"].map { text -> UUID in
            guard let id = UUID(uuidString: text) else { throw DomainError.invalid("organisationId", "expected a UUID") }
            return id
        }
        let clearance: ClearanceLevel = try req.query[String.self, at: "clearance"].map { try parseEnum($0, field: "clearance") } ?? .none
        return try await MatchmakingService(req.services).proposals(organisationID: organisation, requiredClearance: clearance, actor: actor)
            .response()
    }

    @Sendable static func listInvitations(_ req: Request) async throws -> Response {
        try await SupplierInvitationService(req.services).list(actor: try req.actor()).map(InvitationDTO.init).response()
    }

    @Sendable static func createInvitation(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.manufacturer, to: "inviting a supplier")
        let body = try req.decodeBody(InvitationRequest.self)
        let invitation = try await SupplierInvitationService(req.services).invite(
            supplierID: body.supplierId, itemCode: body.itemCode, message: body.message, actor: actor)
        return try InvitationDTO(invitation).response(.created, location: APIRoute.getInvitation.url(["invitationId": invitation.id.uuidString]))
    }

    @Sendable static func getInvitation(_ req: Request) async throws -> Response {
        try InvitationDTO(try await SupplierInvitationService(req.services).get(try req.id("invitationId", "invitation"), actor: try req.actor())).response()
    }

    @Sendable static func submitOffer(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.supplier, to: "making an offer")
        let terms = try req.decodeBody(OfferRequest.self).terms()
        let invitation = try await SupplierInvitationService(req.services).offer(
            invitationID: try req.id("invitationId", "invitation"), terms: terms, actor: actor)
        return try InvitationDTO(invitation).response(.created)
    }

    @Sendable static func declineInvitation(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.supplier, to: "declining an invitation")
        let body = try req.decodeBody(ReasonRequest.self)
        return try InvitationDTO(try await SupplierInvitationService(req.services).decline(
            invitationID: try req.id("invitationId", "invitation"), reason: body.reason, actor: actor)).response()
    }

    @Sendable static func decideOffer(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.manufacturer, to: "deciding an offer")
        let body = try req.decodeBody(OfferDecisionRequest.self)
        let offerID = try req.id("offerId", "offer")
        let service = SupplierInvitationService(req.services)
        let invitation = try await service.decide(offerID: offerID, accept: try body.accepts(), reason: body.reason ?? "", actor: actor)
        return try OfferDecisionDTO(invitation: InvitationDTO(invitation), impact: try await service.impact(offerID: offerID, actor: actor)).response()
    }

    @Sendable static func figures(_ req: Request) async throws -> Response {
        try await ValueChainFiguresService(req.services).figures(actor: try req.actor()).response()
    }
}
