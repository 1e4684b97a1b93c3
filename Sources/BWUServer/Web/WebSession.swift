import BWUDomain
import BWUPersistence
import BWUWeb
import Vapor

/// The signed-in user of a page request and the session token their cookie carries.
struct WebSession: Sendable {
    let token: String
    let actor: Actor
}

struct WebSessionKey: StorageKey {
    typealias Value = WebSession
}

/// Cookie names and attributes in one place.
enum WebCookie {
    /// Holds an IdentityService session token, exactly as the API's bearer token.
    static let session = "bwu_session"
    /// Random value set on the sign-in page: the anti-forgery key before there is a session.
    static let preSession = "bwu_pre"
    static let language = "bwu_lang"

    /// HttpOnly so no script can read it; SameSite=Lax so other sites' forms do not carry it;
    /// Secure whenever the request reached us over https (directly or via a proxy).
    static func make(_ value: String, expires: Date?, secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: value, expires: expires, maxAge: nil, domain: nil, path: "/", isSecure: secure, isHTTPOnly: true,
            sameSite: .lax)
    }

    static func cleared(secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/", isSecure: secure,
                          isHTTPOnly: true, sameSite: .lax)
    }
}

/// Resolves the session cookie to an actor for page routes. The JSON API never reads the
/// cookie (it takes bearer tokens only), so a cookie can never authorise an API call.
struct WebSessionMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let token = request.cookies[WebCookie.session]?.string, !token.isEmpty,
           let actor = try await request.identity.actor(forToken: token) {
            request.storage[WebSessionKey.self] = WebSession(token: token, actor: actor)
        }
        return try await next.respond(to: request)
    }
}

extension Request {
    var webSession: WebSession? { storage[WebSessionKey.self] }

    /// The signed-in page user; anonymous requests are sent to the sign-in page by ``WebErrorMiddleware``.
    func webActor() throws -> Actor {
        guard let session = webSession else { throw DomainError(.unauthenticated, "sign in first") }
        return session.actor
    }

    /// Whether the browser reached us over https, directly or through a TLS-terminating proxy.
    var isSecure: Bool {
        url.scheme == "https" || headers.first(name: "X-Forwarded-Proto")?.lowercased() == "https"
    }

    /// The reader's language: their choice (cookie), else their browser's preference.
    var language: Language {
        if let chosen = cookies[WebCookie.language]?.string, let language = Language(rawValue: chosen) { return language }
        return Language.preferred(acceptLanguage: headers.first(name: .acceptLanguage))
    }
}
