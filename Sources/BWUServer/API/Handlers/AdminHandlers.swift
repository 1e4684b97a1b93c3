import BWUDomain
import Vapor

enum AdminHandlers {
    @Sendable static func listOrganisations(_ req: Request) async throws -> Response {
        _ = try req.actor()
        return try await req.identity.organisations().map(OrganisationDTO.init).response()
    }

    @Sendable static func createOrganisation(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.admin, to: "creating an organisation")
        let body = try req.decodeBody(OrganisationRequest.self)
        let kind: OrganisationKind = try parseEnum(body.kind, field: "kind")
        let created = try await req.identity.createOrganisation(name: body.name, kind: kind, country: body.country, actor: actor)
        return try OrganisationDTO(created).response(.created)
    }

    @Sendable static func listUsers(_ req: Request) async throws -> Response {
        try await req.identity.users(actor: try req.actor()).map(UserDTO.init).response()
    }

    @Sendable static func createUser(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.admin, to: "creating a user")
        let body = try req.decodeBody(UserRequest.self)
        let roles: [Role] = try body.roles.enumerated().map { try parseEnum($1, field: "roles[\($0)]") }
        let remit: Remit? = try body.remit.map { try parseEnum($0, field: "remit") }
        let created = try await req.identity.createUser(
            organisationID: body.organisationId, email: body.email, name: body.name, password: body.password,
            roles: Set(roles), remit: remit, actor: actor)
        return try UserDTO(created).response(.created)
    }
}
