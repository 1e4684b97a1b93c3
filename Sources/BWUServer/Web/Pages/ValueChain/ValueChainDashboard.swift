import BWUDomain
import BWUPersistence
import BWUWeb
import Vapor

/// The programme's value-chain figures for the dashboard, in the pages' own model.
enum ValueChainDashboard {
    static func figures(_ req: Request, actor: Actor) async throws -> ValueChainFiguresModel {
        let figures = try await ValueChainFiguresService(req.services).figures(actor: actor)
        var trials: [TrialRequestRecord.Status: Int] = [:]
        for (status, count) in figures.trialRequests {
            if let status = TrialRequestRecord.Status(rawValue: status) { trials[status] = count }
        }
        return ValueChainFiguresModel(
            manufacturers: figures.manufacturers, manufacturersWithEuropeanSuppliers: figures.manufacturersWithEuropeanSuppliers,
            registeredSuppliers: figures.registeredSuppliers, invitations: figures.invitations, acceptedOffers: figures.acceptedOffers,
            singlePointsClosed: figures.singlePointsClosed, capabilities: figures.capabilities,
            alliedShare: figures.alliedShare.map { .init(manufacturer: $0.manufacturer, item: $0.item, before: $0.before, after: $0.after) },
            trialRequests: trials)
    }
}
