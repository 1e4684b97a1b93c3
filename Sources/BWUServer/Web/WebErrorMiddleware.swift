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
        return WebResponse.html(ErrorPage.render(request.pageContext(), status: Int(status.code), detail: detail), status: status)
    }
}
