import Foundation

/// A shipment against a demand, and the customer's verdict on it.
public struct DeliveryRecord: Equatable, Sendable {
    public enum Status: String, Codable, CaseIterable, Sendable {
        case shipped
        case accepted
        /// Some units accepted, the rest refused.
        case partiallyAccepted = "partially-accepted"
        case rejected
    }

    public var id: UUID
    public var demandID: UUID
    public var manufacturerID: UUID
    public var customerID: UUID
    public var productID: UUID
    public var quantity: Int
    public var value: Money
    public var shippedOn: CalendarDate
    /// The export licence drawn on, for a controlled product.
    public var licenceID: UUID?
    /// The grant milestone this delivery counts towards, if any.
    public var milestoneID: UUID?
    public var status: Status
    public var acceptedQuantity: Int
    public var decisionReason: String?
    public var decidedBy: UUID?
    public var decidedOn: CalendarDate?

    public init(
        id: UUID, demandID: UUID, manufacturerID: UUID, customerID: UUID, productID: UUID, quantity: Int, value: Money,
        shippedOn: CalendarDate, licenceID: UUID?, milestoneID: UUID?, status: Status, acceptedQuantity: Int,
        decisionReason: String?, decidedBy: UUID?, decidedOn: CalendarDate?
    ) {
        self.id = id
        self.demandID = demandID
        self.manufacturerID = manufacturerID
        self.customerID = customerID
        self.productID = productID
        self.quantity = quantity
        self.value = value
        self.shippedOn = shippedOn
        self.licenceID = licenceID
        self.milestoneID = milestoneID
        self.status = status
        self.acceptedQuantity = acceptedQuantity
        self.decisionReason = decisionReason
        self.decidedBy = decidedBy
        self.decidedOn = decidedOn
    }
}

public enum DeliveryRules {
    /// Units shipped against a demand so far: units awaiting a decision count, refused ones do
    /// not (the customer still needs them).
    public static func unitsShipped(_ deliveries: [DeliveryRecord]) -> Int {
        deliveries.reduce(0) { $0 + ($1.status == .shipped ? $1.quantity : $1.acceptedQuantity) }
    }

    /// A shipment must be positive and may not exceed what the demand still lacks.
    public static func checkShipment(quantity: Int, demand: DemandRecord, alreadyShipped: Int) throws {
        guard quantity > 0 else { throw DomainError.invalid("quantity", "must be greater than zero") }
        guard demand.status == .open else {
            throw DomainError.conflict("the demand is \(demand.status.rawValue)", field: "demandId")
        }
        let open = demand.quantity - alreadyShipped
        guard quantity <= open else {
            throw DomainError.conflict("the demand has \(open) units not yet shipped; this shipment is \(quantity)", field: "quantity")
        }
    }

    /// The customer's verdict: accept all or some units (a reason is needed for any refused unit).
    /// - Returns: the delivery's status after the decision.
    public static func decide(delivery: DeliveryRecord, acceptedQuantity: Int, reason: String) throws -> DeliveryRecord.Status {
        guard delivery.status == .shipped else {
            throw DomainError.conflict("this delivery was already decided (\(delivery.status.rawValue))", field: "status")
        }
        guard (0...delivery.quantity).contains(acceptedQuantity) else {
            throw DomainError.invalid("acceptedQuantity", "must be between 0 and the \(delivery.quantity) units shipped")
        }
        if acceptedQuantity < delivery.quantity, reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw DomainError.invalid("reason", "a reason is required when units are refused")
        }
        if acceptedQuantity == 0 { return .rejected }
        return acceptedQuantity == delivery.quantity ? .accepted : .partiallyAccepted
    }
}
