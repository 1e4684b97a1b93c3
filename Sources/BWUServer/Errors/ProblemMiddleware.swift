import BWUDomain
import Vapor

/// Turns every error into an RFC 9457 problem+json response, mapping each error kind to one
/// status and log level in one place.
struct ProblemMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let problem = Self.problem(for: error, path: request.url.path)
            if problem.status >= 500 {
                request.logger.report(error: error)
            } else {
                request.logger.debug("\(problem.status) \(problem.detail)")
            }
            return try Self.response(problem, headers: (error as? any AbortError)?.headers ?? [:])
        }
    }

    static func problem(for error: any Error, path: String) -> Problem {
        switch error {
        case let error as DomainError:
            var problem = Problem(status: Problem.status(for: error.kind), detail: error.description, field: error.field, instance: path)
            problem.errors = error.field.map { [Problem.FieldError(field: $0, reason: error.reason)] }
            return problem
        case let error as RequestBodyError:
            var problem = Problem(status: error.status, detail: error.description, field: error.field, instance: path)
            problem.errors = error.field.map { [Problem.FieldError(field: $0, reason: error.reason)] }
            return problem
        case let error as ImportErrors:
            var problem = Problem(
                status: .unprocessableEntity, detail: "the import has \(error.errors.count) error(s); nothing was imported", instance: path)
            problem.errors = error.errors.map {
                Problem.FieldError(field: "\($0.file):\($0.line)" + ($0.column.map { ":\($0)" } ?? ""), reason: $0.reason)
            }
            return problem
        case let error as any AbortError:
            return Problem(status: error.status, detail: error.reason, instance: path)
        default:
            return Problem(status: .internalServerError, detail: "an internal error occurred; it has been logged", instance: path)
        }
    }

    static func response(_ problem: Problem, headers: HTTPHeaders = [:]) throws -> Response {
        var headers = headers
        headers.contentType = Problem.mediaType
        let body = try JSONEncoder().encode(problem)
        return Response(status: HTTPResponseStatus(statusCode: problem.status), headers: headers, body: .init(data: body))
    }
}
