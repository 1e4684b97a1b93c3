import BWUDomain
import BWUPersistence
import Vapor

/// Resolves `Authorization: Bearer …` to an ``Actor`` for the rest of the request.
/// Routes that need a user call ``Vapor/Request/actor()``, which refuses anonymous requests.
struct BearerAuthMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let bearer = request.headers.bearerAuthorization {
            request.storage[ActorKey.self] = try await request.identity.actor(forToken: bearer.token)
        }
        return try await next.respond(to: request)
    }
}

struct ActorKey: StorageKey {
    typealias Value = Actor
}

extension Request {
    /// The signed-in actor.
    /// - Throws: `.unauthenticated` (401) when no valid bearer token came with the request.
    func actor() throws -> Actor {
        guard let actor = storage[ActorKey.self] else {
            throw DomainError(.unauthenticated, "sign in first: send Authorization: Bearer <token> from POST /api/v1/session")
        }
        return actor
    }
}
