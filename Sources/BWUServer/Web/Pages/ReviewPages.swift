import BWUDomain
import BWUPersistence
import BWUWeb
import Vapor

/// A ministry's verdict, and the programme office turning an approved application into a grant.
enum ReviewPages {
    @Sendable static func review(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let fields = try req.checkedForm()
        let id = try req.id("application", "application")
        let typed = ReviewFormState(verdict: fields["verdict"] ?? "", reason: fields["reason"] ?? "")
        guard let verdict = ReviewVerdict(rawValue: typed.verdict) else {
            var state = typed
            state.errors["verdict"] = req.language(.errRequired)
            let application = try await ApplicationService(req.services).get(id, actor: actor)
            return try await ApplicationPages.detailPage(req, actor: actor, application: application, review: state, status: .unprocessableEntity)
        }
        do {
            _ = try await ApplicationService(req.services).review(id, verdict: verdict, reason: typed.reason, actor: actor)
            return WebResponse.redirect(.application(id), notice: .reviewed)
        } catch let error as DomainError where error.kind == .invalid {
            var state = typed
            state.errors[error.field ?? "reason"] = req.language.reason(error)
            let application = try await ApplicationService(req.services).get(id, actor: actor)
            return try await ApplicationPages.detailPage(req, actor: actor, application: application, review: state, status: .unprocessableEntity)
        }
    }

    @Sendable static func makeGrant(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        _ = try req.checkedForm()
        let grant = try await GrantService(req.services).create(applicationID: try req.id("application", "application"), actor: actor)
        return WebResponse.redirect(.grant(grant.id), notice: .granted)
    }
}
