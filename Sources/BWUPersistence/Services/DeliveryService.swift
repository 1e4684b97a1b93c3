import BWUDomain
import Fluent
import Foundation

/// Shipping against demands, under export licences, and the customer's acceptance, which
/// verifies delivery-linked grant milestones: money follows accepted deliveries.
public struct DeliveryService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// Ships `quantity` units against a demand addressed to the actor's organisation.
    ///
    /// A controlled product (one with a Military List category) needs a valid licence of the
    /// manufacturer covering its category, the demand's customer as end user, the date and the
    /// remaining quantity and value; the drawdown is written in the same audited transaction,
    /// so concurrent deliveries can never overdraw a licence.
    /// - Parameter milestoneID: a delivery-linked milestone of one of the manufacturer's grants
    ///   that this shipment counts towards.
    public func ship(demandID: UUID, quantity: Int, milestoneID: UUID?, actor: Actor) async throws -> DeliveryRecord {
        try actor.require(.manufacturer, to: "shipping a delivery")
        let shippedOn = ProductionScope.today(context)
        return try await context.audited(by: actor) { db, log in
            guard let demandModel = try await DemandModel.find(demandID, on: db), demandModel.manufacturerID == actor.organisationID else {
                throw DomainError.notFound("demand")
            }
            let demand = try demandModel.record()
            let earlier = try await DeliveryModel.query(on: db).filter(\.$demandID == demandID).all().map { try $0.record() }
            try DeliveryRules.checkShipment(quantity: quantity, demand: demand, alreadyShipped: DeliveryRules.unitsShipped(earlier))
            guard let product = try await ProductModel.find(demand.productID, on: db) else { throw DomainError.notFound("product") }
            let unitValue = try product.record().unitValue
            let (valueMinor, overflow) = unitValue.minorUnits.multipliedReportingOverflow(by: Int64(quantity))
            guard !overflow else { throw DomainError.invalid("quantity", "the shipment's value is too large") }
            let value = Money(minorUnits: valueMinor, currency: unitValue.currency)
            if let milestoneID { try await Self.checkMilestone(milestoneID, actor: actor, on: db) }

            var licence: ExportLicenceRecord?
            if let category = try product.record().category {
                let licences = try await ExportLicenceModel.query(on: db).filter(\.$organisationID == actor.organisationID)
                    .with(\.$drawdowns).all().map { try $0.record() }
                licence = try LicenceRules.covering(
                    licences, category: category, destinationID: demand.customerID, on: shippedOn, quantity: quantity, value: value)
            }

            let delivery = DeliveryModel()
            delivery.id = UUID()
            delivery.demandID = demandID
            delivery.manufacturerID = actor.organisationID
            delivery.customerID = demand.customerID
            delivery.productID = demand.productID
            delivery.quantity = quantity
            delivery.valueMinor = value.minorUnits
            delivery.currency = value.currency.code
            delivery.shippedOn = shippedOn.description
            delivery.licenceID = licence?.id
            delivery.milestoneID = milestoneID
            delivery.status = DeliveryRecord.Status.shipped.rawValue
            delivery.acceptedQuantity = 0
            try await delivery.create(on: db)
            let deliveryID = try delivery.requireID()
            if let licence {
                try await LicenceDrawdownModel(licenceID: licence.id, deliveryID: deliveryID, quantity: quantity, valueMinor: value.minorUnits)
                    .create(on: db)
            }
            log.record("delivery.shipped", "delivery", deliveryID, [
                "demand": demandID.uuidString, "quantity": String(quantity), "value": value.decimalString,
                "licence": licence?.reference ?? "", "milestone": milestoneID?.uuidString ?? "",
            ])
            return try delivery.record()
        }
    }

    /// The customer accepts all, some or none of a delivery's units. Accepted units count towards
    /// the demand and, once a linked milestone's units are all accepted, verify that milestone.
    public func decide(deliveryID: UUID, acceptedQuantity: Int, reason: String, actor: Actor) async throws -> DeliveryRecord {
        try actor.require(.customer, to: "accepting a delivery")
        let today = ProductionScope.today(context)
        return try await context.audited(by: actor) { db, log in
            guard let delivery = try await DeliveryModel.find(deliveryID, on: db), delivery.customerID == actor.organisationID else {
                throw DomainError.notFound("delivery")
            }
            let status = try DeliveryRules.decide(delivery: try delivery.record(), acceptedQuantity: acceptedQuantity, reason: reason)
            delivery.status = status.rawValue
            delivery.acceptedQuantity = acceptedQuantity
            delivery.decisionReason = reason.isEmpty ? nil : reason
            delivery.decidedBy = actor.userID
            delivery.decidedOn = today.description
            try await delivery.update(on: db)
            log.record("delivery.\(status.rawValue)", "delivery", deliveryID, [
                "acceptedQuantity": String(acceptedQuantity), "shippedQuantity": String(delivery.quantity), "reason": reason,
            ])
            if let demand = try await DemandModel.find(delivery.demandID, on: db) {
                demand.acceptedQuantity += acceptedQuantity
                if demand.acceptedQuantity >= demand.quantity { demand.status = DemandRecord.Status.fulfilled.rawValue }
                try await demand.update(on: db)
            }
            if acceptedQuantity > 0, let milestoneID = delivery.milestoneID {
                try await Self.verifyIfAccepted(milestoneID, by: actor, log: log, on: db)
            }
            return try delivery.record()
        }
    }

    public func list(actor: Actor) async throws -> [DeliveryRecord] {
        let query = DeliveryModel.query(on: context.database)
        try Self.scope(query, actor)
        return try await query.sort(\.$shippedOn, .descending).sort(\.$id).all().map { try $0.record() }
    }

    public func get(_ id: UUID, actor: Actor) async throws -> DeliveryRecord {
        let query = DeliveryModel.query(on: context.database).filter(\.$id == id)
        try Self.scope(query, actor)
        guard let delivery = try await query.first() else { throw DomainError.notFound("delivery") }
        return try delivery.record()
    }

    /// The disbursement a delivery's milestone released, if it has been paid.
    public func releasedDisbursement(of delivery: DeliveryRecord) async throws -> UUID? {
        guard let milestoneID = delivery.milestoneID, delivery.acceptedQuantity > 0 else { return nil }
        return try await MilestoneModel.find(milestoneID, on: context.database)?.disbursementID
    }

    /// The deliveries behind a milestone's payment.
    public func deliveries(forMilestone milestoneID: UUID) async throws -> [DeliveryRecord] {
        try await DeliveryModel.query(on: context.database).filter(\.$milestoneID == milestoneID)
            .sort(\.$shippedOn).all().map { try $0.record() }
    }

    static func scope(_ query: QueryBuilder<DeliveryModel>, _ actor: Actor) throws {
        if actor.seesAllOrganisations { return }
        if actor.has(.customer) { query.filter(\.$customerID == actor.organisationID); return }
        if actor.has(.manufacturer) { query.filter(\.$manufacturerID == actor.organisationID); return }
        throw DomainError.forbidden("reading deliveries requires the role customer, manufacturer, programme-officer, finance-officer, auditor or admin")
    }

    private static func checkMilestone(_ milestoneID: UUID, actor: Actor, on db: any Database) async throws {
        guard let milestone = try await MilestoneModel.query(on: db).filter(\.$id == milestoneID).with(\.$grant).first(),
              milestone.grant.$organisation.id == actor.organisationID
        else { throw DomainError.invalid("milestoneId", "no such milestone among your grants") }
        guard milestone.deliveryUnits != nil else {
            throw DomainError.invalid("milestoneId", "milestone \(milestone.sequence) is not delivery-linked")
        }
        guard milestone.statusValue == .open || milestone.statusValue == .evidenceSubmitted else {
            throw DomainError.conflict("milestone \(milestone.sequence) is already \(milestone.status)", field: "milestoneId")
        }
    }

    private static func verifyIfAccepted(_ milestoneID: UUID, by actor: Actor, log: AuditLog, on db: any Database) async throws {
        guard let milestone = try await MilestoneModel.find(milestoneID, on: db), let required = milestone.deliveryUnits else { return }
        let accepted = try await DeliveryModel.query(on: db).filter(\.$milestoneID == milestoneID).all().reduce(0) { $0 + $1.acceptedQuantity }
        guard MilestoneRules.verifiedByAcceptance(status: milestone.statusValue, requiredUnits: required, acceptedUnits: accepted) else { return }
        milestone.status = MilestoneStatus.verified.rawValue
        milestone.verifiedBy = actor.userID
        try await milestone.update(on: db)
        log.record("milestone.verified-by-acceptance", "milestone", milestoneID, [
            "grant": milestone.$grant.id.uuidString, "acceptedUnits": String(accepted), "requiredUnits": String(required),
        ])
    }
}
