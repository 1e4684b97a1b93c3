import BWUDomain
import BWUPersistence
import BWUWeb
import Vapor

/// Demands with what was shipped and accepted against them, and the payments acceptances released.
enum DemandPages {
    @Sendable static func list(_ req: Request) async throws -> Response {
        try await page(req, actor: try req.webActor())
    }

    /// The page, with a refused form shown again with what was typed and why.
    static func page(
        _ req: Request, actor: Actor, refusedForm: String? = nil, typed: TypedForm = TypedForm(), status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let demands = try await DemandService(req.services).list(actor: actor)
        let deliveries = try await readableDeliveries(req, actor: actor)
        let model = DemandsModel(
            demands: demands, deliveries: deliveries, products: try await PageData.products(req),
            organisationNames: try await PageData.organisationNames(req),
            payments: try await payments(req, actor: actor, deliveries: deliveries ?? []),
            milestones: try await shippingMilestones(req, actor: actor), refusedForm: refusedForm, typed: typed)
        return WebResponse.html(DemandsPage.render(req.pageContext(), model), status: status)
    }

    /// A manufacturer's delivery-linked milestones that accepted units can still verify.
    private static func shippingMilestones(_ req: Request, actor: Actor) async throws -> [ShippingMilestone] {
        guard actor.has(.manufacturer) else { return [] }
        let grants = try await GrantService(req.services).list(actor: actor, page: PageRequest(size: PageRequest.maximumSize)).items
        return grants.flatMap { grant in
            grant.milestones.compactMap { milestone -> ShippingMilestone? in
                guard let units = milestone.plan.deliveryUnits, milestone.status == .open || milestone.status == .evidenceSubmitted else { return nil }
                return ShippingMilestone(id: milestone.id, label: "\(grant.title) — \(milestone.sequence). \(milestone.plan.description) (\(units))")
            }
        }
    }

    /// `nil` for roles the delivery service does not show deliveries to (suppliers), rather than refusing the page.
    static func readableDeliveries(_ req: Request, actor: Actor) async throws -> [DeliveryRecord]? {
        guard actor.seesAllOrganisations || actor.hasAny(.customer, .manufacturer) else { return nil }
        return try await DeliveryService(req.services).list(actor: actor)
    }

    /// The payment each accepted delivery released; its amount and date only for readers of payments.
    private static func payments(_ req: Request, actor: Actor, deliveries: [DeliveryRecord]) async throws -> [UUID: ReleasedPayment] {
        let service = DeliveryService(req.services)
        let readsPayments = actor.hasAny(.manufacturer, .programmeOfficer, .financeOfficer, .auditor, .admin)
        var payments: [UUID: ReleasedPayment] = [:]
        for delivery in deliveries {
            guard let disbursementID = try await service.releasedDisbursement(of: delivery) else { continue }
            payments[delivery.id] = ReleasedPayment(disbursementID: disbursementID)
            guard readsPayments else { continue }
            do {
                let record = try await MilestoneService(req.services).disbursement(disbursementID, actor: actor)
                payments[delivery.id] = ReleasedPayment(disbursementID: disbursementID, grantID: record.grantID, amount: record.amount, paidAt: record.createdAt)
            } catch let error as DomainError where error.kind == .notFound {
                // Another organisation's payment: the reader learns only that one was released.
            }
        }
        return payments
    }
}
