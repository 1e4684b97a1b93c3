import BWUDomain
import BWUPersistence
import BWUPlanning
import BWUResilience
import BWUWeb
import Vapor

/// Resilience of one run: the analyzer's single points of failure and origin of value, both
/// read from the run's own stored plan (planned again only for a run without one), so that
/// they agree with the run's figures even after the engine changed. The disruption ranking
/// (one re-plan per supplier, country and location) is left to `bwu resilience`.
enum ResiliencePages {
    @Sendable static func resilience(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let service = PlanRunService(req.services)
        let run = try await service.get(try req.id("run", "plan run"), actor: actor)
        let documents = try await service.documents(run.id, actor: actor)
        let model = try PlanDocuments.model(documents.model)
        let report: ResilienceReport
        do {
            let analyzer = if let plan = documents.plan {
                try ResilienceAnalyzer(model: model, baseline: PlanDocuments.plan(plan), options: .storedRuns)
            } else {
                try ResilienceAnalyzer(model: model, options: .storedRuns)
            }
            report = try analyzer.report(options: ResilienceOptions(disruptionKinds: []))
        } catch {
            throw DomainError.conflict("the run's input cannot be analysed: \(error)", field: "model")
        }
        let page = PlanResilienceModel(
            run: PlanRunPages.summary(run), organisationName: try await PageData.organisationNames(req)[run.organisationID] ?? "",
            model: model, singlePoints: report.singlePointsOfFailure, origin: report.origin)
        return WebResponse.html(PlanResiliencePage.render(req.pageContext(), page))
    }
}
