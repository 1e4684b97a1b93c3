import BWUDomain
import BWUPersistence
import BWUPlanning
import BWUResilience
import BWUWeb
import Vapor

/// Resilience of one run's input snapshot: the analyzer's single points of failure and origin
/// of value. Both come from one baseline plan, so the page costs about one planning run; the
/// disruption ranking (one re-plan per supplier, country and location) is left to `bwu resilience`.
enum ResiliencePages {
    @Sendable static func resilience(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let service = PlanRunService(req.services)
        let run = try await service.get(try req.id("run", "plan run"), actor: actor)
        let model = try PlanDocuments.model(try await service.documents(run.id, actor: actor).model)
        let report: ResilienceReport
        do {
            report = try ResilienceAnalyzer(model: model).report(options: ResilienceOptions(disruptionKinds: []))
        } catch {
            throw DomainError.conflict("the run's input cannot be analysed: \(error)", field: "model")
        }
        let page = PlanResilienceModel(
            run: PlanRunPages.summary(run), organisationName: try await PageData.organisationNames(req)[run.organisationID] ?? "",
            model: model, singlePoints: report.singlePointsOfFailure, origin: report.origin)
        return WebResponse.html(PlanResiliencePage.render(req.pageContext(), page))
    }
}
