import BWUDomain
import BWUPersistence
import BWUWeb
import Vapor

enum DashboardPages {
    /// Each part of the dashboard is loaded only for roles the services let read it.
    @Sendable static func dashboard(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let programme = try await ProgrammeService(req.services).list().first
        var envelope: [EnvelopePoint]?
        if let programme, actor.hasAny(.programmeOfficer, .financeOfficer, .auditor, .admin) {
            envelope = EnvelopeSeries.build(try await PageData.allTransactions(req, actor: actor, programmeID: programme.id))
        }
        var counts: [(ApplicationStatus, Int)]?
        if actor.hasAny(.manufacturer, .reviewer, .programmeOfficer, .financeOfficer, .auditor, .admin) {
            counts = try await applicationCounts(req, actor: actor)
        }
        var grants: [GrantRecord]?
        if actor.hasAny(.manufacturer, .programmeOfficer, .financeOfficer, .auditor, .admin) {
            grants = try await GrantService(req.services).list(actor: actor, page: try PageRequest(page: 1, size: PageRequest.maximumSize)).items
        }
        let names = try await PageData.organisationNames(req)
        var model = DashboardModel(
            programme: programme, envelope: envelope, applicationCounts: counts, grants: grants, organisationNames: names,
            demandProgress: try await demandProgress(req, actor: actor, names: names),
            permitAlerts: try await permitAlerts(req, actor: actor))
        // Value chains
        if actor.hasAny(.programmeOfficer, .financeOfficer, .auditor, .admin) {
            model.valueChain = try await ValueChainDashboard.figures(req, actor: actor)
        }
        return WebResponse.html(DashboardPage.render(req.pageContext(), model))
    }

    /// Applications by state within the actor's scope. One page of the list usually holds them
    /// all, and counting it costs one read; only a larger programme asks for each state's total.
    private static func applicationCounts(_ req: Request, actor: Actor) async throws -> [(ApplicationStatus, Int)] {
        let service = ApplicationService(req.services)
        let first = try await service.list(actor: actor, status: nil, page: try PageRequest(page: 1, size: PageRequest.maximumSize))
        if first.items.count >= first.total {
            return ApplicationStatus.allCases.map { status in (status, first.items.filter { $0.status == status }.count) }
        }
        var counts: [(ApplicationStatus, Int)] = []
        for status in ApplicationStatus.allCases {
            counts.append((status, try await service.list(actor: actor, status: status, page: try PageRequest(page: 1, size: 1)).total))
        }
        return counts
    }
}
