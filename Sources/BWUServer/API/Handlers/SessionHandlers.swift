import BWUDomain
import Vapor

enum SessionHandlers {
    @Sendable static func signIn(_ req: Request) async throws -> Response {
        let body = try req.decodeBody(SessionRequest.self)
        let session = try await req.identity.signIn(email: body.email, password: body.password)
        return try SessionDTO(token: session.token, expiresAt: session.expiresAt, user: UserDTO(session.user)).response(.created)
    }

    @Sendable static func signOut(_ req: Request) async throws -> Response {
        _ = try req.actor()
        if let bearer = req.headers.bearerAuthorization { try await req.identity.signOut(token: bearer.token) }
        return Response(status: .noContent)
    }

    @Sendable static func me(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        return try MeDTO(
            id: actor.userID, email: actor.email, organisationId: actor.organisationID,
            organisationKind: actor.organisationKind.rawValue, roles: actor.roles.map(\.rawValue).sorted(),
            remit: actor.remit?.rawValue
        ).response()
    }
}

struct MeDTO: Content {
    let id: UUID, email: String, organisationId: UUID, organisationKind: String, roles: [String], remit: String?
}
