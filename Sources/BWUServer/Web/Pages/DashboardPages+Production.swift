import BWUDomain
import BWUPersistence
import BWUWeb
import Vapor

extension DashboardPages {
    /// Deliveries against each demand, for the roles the demand service shows demands to.
    static func demandProgress(_ req: Request, actor: Actor, names: [UUID: String]) async throws -> [DemandProgress]? {
        guard actor.seesAllOrganisations || actor.hasAny(.customer, .manufacturer, .supplier) else { return nil }
        let demands = try await DemandService(req.services).list(actor: actor)
        let deliveries = try await DemandPages.readableDeliveries(req, actor: actor)
        return DemandProgress.rows(demands: demands, deliveries: deliveries, products: try await PageData.products(req), names: names)
    }

    /// The permit watch list, for the roles the facility service shows facilities to.
    static func permitAlerts(_ req: Request, actor: Actor) async throws -> [FacilityAlerts]? {
        guard actor.hasAny(.manufacturer, .programmeOfficer, .financeOfficer, .auditor, .admin) else { return nil }
        return try await FacilityService(req.services)
            .watchList(on: CalendarDate(utc: req.services.now()), within: FacilityPages.alertDays, actor: actor)
            .map { FacilityAlerts(facility: $0.0, alerts: $0.1) }
    }
}
