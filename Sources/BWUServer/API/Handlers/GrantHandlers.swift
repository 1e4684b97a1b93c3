import BWUDomain
import BWUPersistence
import Vapor

enum GrantHandlers {
    @Sendable static func list(_ req: Request) async throws -> Response {
        let page = try await GrantService(req.services).list(actor: try req.actor(), page: try req.pageRequest())
        return try PageDTO(page, map: GrantDTO.init).response()
    }

    @Sendable static func create(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.programmeOfficer, to: "making a grant")
        let body = try req.decodeBody(GrantRequest.self)
        let classification: GrantClassification = try body.classification.map { try parseEnum($0, field: "classification") } ?? .public
        let grant = try await GrantService(req.services).create(applicationID: body.applicationId, classification: classification, actor: actor)
        return try GrantDTO(grant).response(.created, location: APIRoute.getGrant.url(["grantId": grant.id.uuidString]))
    }

    @Sendable static func get(_ req: Request) async throws -> Response {
        try GrantDTO(try await GrantService(req.services).get(try req.id("grantId", "grant"), actor: try req.actor())).response()
    }
}
