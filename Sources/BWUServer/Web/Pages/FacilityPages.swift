import BWUDomain
import BWUPersistence
import BWUWeb
import Vapor

/// Facilities and their permits, with the permit watch list.
enum FacilityPages {
    /// How far ahead the watch list looks, as `GET /permit-alerts` does by default.
    static let alertDays = 90

    @Sendable static func list(_ req: Request) async throws -> Response {
        let actor = try req.webActor()
        let today = CalendarDate(utc: req.services.now())
        let service = FacilityService(req.services)
        let facilities = try await service.list(actor: actor)
        let alerts = try await service.watchList(on: today, within: alertDays, actor: actor).map { FacilityAlerts(facility: $0.0, alerts: $0.1) }
        let model = FacilitiesModel(facilities: facilities, alerts: alerts, organisationNames: try await PageData.organisationNames(req), today: today)
        return WebResponse.html(FacilitiesPage.render(req.pageContext(), model))
    }
}
