import BWUDomain
import BWUPersistence
import BWUWeb
import Vapor

/// Sign-in, sign-out, the language switch and the stylesheet.
enum SessionPages {
    @Sendable static func home(_ req: Request) async throws -> Response {
        WebResponse.redirect(req.webSession == nil ? .signIn : .dashboard)
    }

    @Sendable static func signInForm(_ req: Request) async throws -> Response {
        if req.webSession != nil { return WebResponse.redirect(.dashboard) }
        return signInPage(req, email: "", error: nil, status: .ok)
    }

    /// Login forms are protected too (a forged sign-in would put the victim in the attacker's
    /// account): the token is keyed by a random cookie set with the form.
    private static func signInPage(_ req: Request, email: String, error: Msg?, status: HTTPResponseStatus) -> Response {
        let key = req.cookies[WebCookie.preSession]?.string ?? randomToken()
        let base = req.pageContext()
        let context = PageContext(language: base.language, actor: nil, csrfToken: WebCSRF.token(forKey: key, purpose: "sign-in"),
                                  currentPath: base.currentPath, notice: base.notice)
        let response = WebResponse.html(SignInPage.render(context, email: email, error: error), status: status)
        response.cookies[WebCookie.preSession] = WebCookie.make(key, expires: nil, secure: req.isSecure)
        return response
    }

    @Sendable static func signIn(_ req: Request) async throws -> Response {
        let fields = req.formFields()
        let email = fields["email"] ?? ""
        guard let key = req.cookies[WebCookie.preSession]?.string,
              WebCSRF.matches(fields["csrf"], key: key, purpose: "sign-in")
        else { throw CSRFError() }
        do {
            let session = try await req.identity.signIn(email: email, password: fields["password"] ?? "")
            let response = WebResponse.redirect(.dashboard)
            response.cookies[WebCookie.session] = WebCookie.make(session.token, expires: session.expiresAt, secure: req.isSecure)
            response.cookies[WebCookie.preSession] = WebCookie.cleared(secure: req.isSecure)
            return response
        } catch let error as DomainError where error.kind == .unauthenticated || error.kind == .rateLimited {
            let message: Msg = error.kind == .rateLimited ? .errRateLimited : .errSignInFailed
            return signInPage(req, email: email, error: message, status: httpStatus(for: error))
        }
    }

    @Sendable static func signOut(_ req: Request) async throws -> Response {
        _ = try req.checkedForm()
        if let session = req.webSession { try await req.identity.signOut(token: session.token) }
        let response = WebResponse.redirect(.signIn, notice: .signedOut)
        response.cookies[WebCookie.session] = WebCookie.cleared(secure: req.isSecure)
        return response
    }

    /// Sets the language cookie and returns to the page the reader came from. Only a local
    /// path is accepted as the way back, so the link cannot redirect anyone to another site.
    @Sendable static func language(_ req: Request) async throws -> Response {
        guard let language = req.parameters.get("language").flatMap(Language.init(rawValue:)) else {
            throw Abort(.notFound)
        }
        let back = req.query[String.self, at: "back"] ?? "/"
        let safe = back.hasPrefix("/") && !back.hasPrefix("//") && !back.contains("\\") ? back : "/"
        let response = Response(status: .seeOther)
        response.headers.replaceOrAdd(name: .location, value: safe)
        var cookie = WebCookie.make(language.rawValue, expires: Date().addingTimeInterval(365 * 24 * 3600), secure: req.isSecure)
        cookie.isHTTPOnly = true
        response.cookies[WebCookie.language] = cookie
        return response
    }

    @Sendable static func stylesheet(_ req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.css))
    }

    private static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }
}
