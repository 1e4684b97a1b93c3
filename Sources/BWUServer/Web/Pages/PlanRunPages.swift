import BWUDomain
import BWUPersistence
import BWUPlanning
import BWUWeb
import Vapor

/// Plan runs: the list with the form to start one, a run's result, and two runs compared.
enum PlanRunPages {
    @Sendable static func list(_ req: Request) async throws -> Response {
        try await listPage(req, actor: try req.webActor())
    }

    static func listPage(_ req: Request, actor: Actor, errors: [String: String] = [:], status: HTTPResponseStatus = .ok) async throws -> Response {
        let runs = try await PlanRunService(req.services).list(actor: actor).map(summary)
        let organisations = try await PageData.organisations(req)
        let manufacturers = actor.has(.programmeOfficer)
            ? organisations.filter { $0.kind == .manufacturer }.map { (id: $0.id, name: $0.name) } : []
        let model = PlanRunsModel(
            runs: runs, organisationNames: PageData.names(organisations),
            manufacturers: manufacturers, errors: errors)
        return WebResponse.html(PlanRunsPage.render(req.pageContext(), model), status: status)
    }

    /// Records the run with its input snapshot, plans it in the background and shows its page.
    @Sendable static func start(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let fields = try req.checkedForm()
        try actor.require(.manufacturer, .programmeOfficer, to: "starting a plan run")
        var organisation: UUID?
        if let text = fields["organisationId"], !text.isEmpty {
            guard let id = UUID(uuidString: text) else { throw DomainError.invalid("organisationId", "is not a UUID") }
            organisation = id
        }
        let run: PlanRunRecord
        do {
            run = try await PlanRunService(req.services).start(organisationID: organisation, actor: actor)
        } catch let error as DomainError where error.kind == .invalid {
            return try await listPage(req, actor: actor, errors: [error.field ?? "form": req.language.reason(error)], status: .unprocessableEntity)
        }
        // The run outlives the request: plan on the application's database, as the API does.
        let background = PlanRunService(ServiceContext(database: req.application.db, now: req.services.now))
        Task.detached { await background.execute(run.id) }
        return WebResponse.redirect(.planRun(run.id), notice: .planStarted)
    }

    @Sendable static func detail(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let service = PlanRunService(req.services)
        let run = try await service.get(try req.id("run", "plan run"), actor: actor)
        let documents = try await service.documents(run.id, actor: actor)
        let others = try await service.list(actor: actor)
            .filter { $0.organisationID == run.organisationID && $0.id != run.id && $0.status == .succeeded }
        let model = PlanRunDetailModel(
            run: summary(run), organisationName: try await PageData.organisationNames(req)[run.organisationID] ?? "",
            model: try PlanDocuments.model(documents.model), plan: try documents.plan.map(PlanDocuments.plan),
            otherRuns: others.map(summary))
        return WebResponse.html(PlanRunDetailPage.render(req.pageContext(), model))
    }

    /// `GET /plan-runs/{run}/comparison?with={earlier}`: what moved from the earlier run to this one.
    @Sendable static func compare(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let afterID = try req.id("run", "plan run")
        guard let text = req.query[String.self, at: "with"], let beforeID = UUID(uuidString: text) else {
            throw DomainError.invalid("with", "choose the run to compare with")
        }
        let service = PlanRunService(req.services)
        let comparison = try await service.compare(beforeID, afterID, actor: actor)
        let before = try await service.get(beforeID, actor: actor), after = try await service.get(afterID, actor: actor)
        let model = try PlanDocuments.comparison(
            comparison, before: summary(before), after: summary(after),
            beforeDocuments: try await service.documents(beforeID, actor: actor), afterDocuments: try await service.documents(afterID, actor: actor),
            organisationName: try await PageData.organisationNames(req)[after.organisationID] ?? "")
        return WebResponse.html(PlanComparisonPage.render(req.pageContext(), model))
    }

    static func summary(_ run: PlanRunRecord) -> PlanRunSummary {
        PlanRunSummary(
            id: run.id, organisationID: run.organisationID, state: PlanRunState(rawValue: run.status.rawValue) ?? .failed,
            progress: run.progress, createdAt: run.createdAt, finishedAt: run.finishedAt, onTimeFill: run.onTimeFill, fill: run.fill,
            demands: run.demands, unmet: run.unmet, error: run.error)
    }
}
