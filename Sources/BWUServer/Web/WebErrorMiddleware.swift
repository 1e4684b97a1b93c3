import BWUDomain
import BWUWeb
import Vapor

/// Pages answer errors as HTML pages in the reader's language; anonymous visitors are sent to
/// sign in. Paths under the API prefix are passed on untouched, so the API keeps answering
/// problem+json from ``ProblemMiddleware``.
struct WebErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let path = request.url.path
            let api = "/" + APIRoute.prefix
            if path == api || path.hasPrefix(api + "/") || path == "/healthz" || path == "/openapi.yaml" {
                throw error
            }
            return Self.page(for: error, request)
        }
    }

    static func page(for error: any Error, _ request: Request) -> Response {
        let status: HTTPResponseStatus
        var detail: String?
        switch error {
        case let error as DomainError where error.kind == .unauthenticated:
            return WebResponse.redirect(.signIn)
        case let error as DomainError:
            status = httpStatus(for: error)
            detail = request.language.reason(error)
        case is CSRFError:
            status = .forbidden
            detail = request.language(.errorCSRF)
        case let error as any AbortError:
            status = error.status
        default:
            status = .internalServerError
        }
        if status.code >= 500 {
            request.logger.report(error: error)
        }
        let back = (400..<500).contains(status.code) ? returnPath(request) : nil
        return WebResponse.html(ErrorPage.render(request.pageContext(), status: Int(status.code), detail: detail, back: back), status: status)
    }

    /// The page a refused request came from, as a path on this site: the `Referer` the browser
    /// sends for same-origin requests (the pages' `Referrer-Policy` is `same-origin`), kept only
    /// when its host is this request's host. A refusal is often a form sent from a page that
    /// has since gone stale (a review already recorded, an offer already decided); that page
    /// shows what changed, so it is the useful way back.
    static func returnPath(_ request: Request) -> String? {
        guard let referer = request.headers.first(name: .referer), let url = URLComponents(string: referer),
              let host = url.host, let requestHost = request.headers.first(name: .host) else { return nil }
        guard requestHost == host + (url.port.map { ":\($0)" } ?? "") else { return nil }
        let path = url.percentEncodedPath
        guard path.hasPrefix("/"), !path.hasPrefix("//") else { return nil }
        // A page refused on its own reload has no other way back than the dashboard.
        if request.method == .GET && path == request.url.path { return nil }
        return path + (url.percentEncodedQuery.map { "?" + $0 } ?? "")
    }
}
