import BWUDomain
import BWUPersistence
import Vapor

enum DeliveryHandlers {
    @Sendable static func listDemands(_ req: Request) async throws -> Response {
        try await DemandService(req.services).list(actor: try req.actor()).map(DemandDTO.init).response()
    }

    @Sendable static func postDemand(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.customer, to: "posting a demand")
        let body = try req.decodeBody(DemandRequest.self)
        let demand = try await DemandService(req.services).post(
            productID: body.productId, quantity: body.quantity, dueDate: try CalendarDate(body.dueDate, field: "dueDate"),
            priority: body.priority ?? 1, actor: actor)
        return try DemandDTO(demand).response(.created, location: APIRoute.getDemand.url(["demandId": demand.id.uuidString]))
    }

    @Sendable static func getDemand(_ req: Request) async throws -> Response {
        try DemandDTO(try await DemandService(req.services).get(try req.id("demandId", "demand"), actor: try req.actor())).response()
    }

    @Sendable static func listDeliveries(_ req: Request) async throws -> Response {
        let service = DeliveryService(req.services)
        var result: [DeliveryDTO] = []
        for delivery in try await service.list(actor: try req.actor()) {
            result.append(DeliveryDTO(delivery, releasedDisbursementID: try await service.releasedDisbursement(of: delivery)))
        }
        return try result.response()
    }

    @Sendable static func ship(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.manufacturer, to: "shipping a delivery")
        let body = try req.decodeBody(DeliveryRequest.self)
        let delivery = try await DeliveryService(req.services).ship(
            demandID: body.demandId, quantity: body.quantity, milestoneID: body.milestoneId, actor: actor)
        return try DeliveryDTO(delivery).response(.created, location: APIRoute.getDelivery.url(["deliveryId": delivery.id.uuidString]))
    }

    @Sendable static func getDelivery(_ req: Request) async throws -> Response {
        let service = DeliveryService(req.services)
        let delivery = try await service.get(try req.id("deliveryId", "delivery"), actor: try req.actor())
        return try DeliveryDTO(delivery, releasedDisbursementID: try await service.releasedDisbursement(of: delivery)).response()
    }

    @Sendable static func decide(_ req: Request) async throws -> Response {
        let actor = try req.actor()
        try actor.require(.customer, to: "accepting a delivery")
        let body = try req.decodeBody(DeliveryDecisionRequest.self)
        let delivery = try await DeliveryService(req.services).decide(
            deliveryID: try req.id("deliveryId", "delivery"), acceptedQuantity: body.acceptedQuantity, reason: body.reason ?? "", actor: actor)
        return try DeliveryDTO(delivery).response()
    }

    /// A payment with the accepted deliveries behind it.
    @Sendable static func getDisbursement(_ req: Request) async throws -> Response {
        let disbursement = try await MilestoneService(req.services).disbursement(try req.id("disbursementId", "disbursement"), actor: try req.actor())
        // Only units accepted by the payment date released it.
        let paidOn = CalendarDate(utc: disbursement.createdAt)
        let deliveries = try await DeliveryService(req.services).deliveries(forMilestone: disbursement.milestoneID)
            .filter { $0.acceptedQuantity > 0 && ($0.decidedOn.map { $0 <= paidOn } ?? false) }
        return try DisbursementDetailDTO(
            disbursement: DisbursementDTO(disbursement),
            deliveries: deliveries.map { DeliveryDTO($0, releasedDisbursementID: disbursement.id) }
        ).response()
    }

    @Sendable static func progress(_ req: Request) async throws -> Response {
        let asOf = try req.query[String.self, at: "asOf"].map { try CalendarDate($0, field: "asOf") } ?? CalendarDate(utc: req.services.now())
        let programmeID = try req.id("programmeId", "programme")
        let result = try await ProgressService(req.services).progress(programmeID: programmeID, asOf: asOf, actor: try req.actor())
        return try ProgressDTO(
            programmeId: programmeID, asOf: asOf.description, total: ProgressFiguresDTO(result.total),
            grants: result.grants.map {
                .init(grantId: $0.grant.id, title: $0.grant.title, organisationId: $0.grant.organisationID, figures: ProgressFiguresDTO($0.figures))
            }
        ).response()
    }
}
