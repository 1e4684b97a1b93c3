import BWUDomain
import Fluent
import Foundation

final class DemandModel: Model, @unchecked Sendable {
    static let schema = "demands"

    @ID(key: .id) var id: UUID?
    @Field(key: "customer_id") var customerID: UUID
    @Field(key: "manufacturer_id") var manufacturerID: UUID
    @Field(key: "product_id") var productID: UUID
    @Field(key: "quantity") var quantity: Int
    @Field(key: "due_date") var dueDate: String
    @Field(key: "priority") var priority: Int
    @Field(key: "status") var status: String
    @Field(key: "accepted_quantity") var acceptedQuantity: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    func record() throws -> DemandRecord {
        DemandRecord(
            id: try requireID(), customerID: customerID, manufacturerID: manufacturerID, productID: productID,
            quantity: quantity, dueDate: try CalendarDate(dueDate, field: "dueDate"), priority: priority,
            status: DemandRecord.Status(rawValue: status) ?? .open, acceptedQuantity: acceptedQuantity,
            createdAt: createdAt ?? .distantPast)
    }
}

final class DeliveryModel: Model, @unchecked Sendable {
    static let schema = "deliveries"

    @ID(key: .id) var id: UUID?
    @Field(key: "demand_id") var demandID: UUID
    @Field(key: "manufacturer_id") var manufacturerID: UUID
    @Field(key: "customer_id") var customerID: UUID
    @Field(key: "product_id") var productID: UUID
    @Field(key: "quantity") var quantity: Int
    @Field(key: "value_minor") var valueMinor: Int64
    @Field(key: "currency") var currency: String
    @Field(key: "shipped_on") var shippedOn: String
    @OptionalField(key: "licence_id") var licenceID: UUID?
    @OptionalField(key: "milestone_id") var milestoneID: UUID?
    @Field(key: "status") var status: String
    @Field(key: "accepted_quantity") var acceptedQuantity: Int
    @OptionalField(key: "decision_reason") var decisionReason: String?
    @OptionalField(key: "decided_by") var decidedBy: UUID?
    @OptionalField(key: "decided_on") var decidedOn: String?

    init() {}

    func record() throws -> DeliveryRecord {
        DeliveryRecord(
            id: try requireID(), demandID: demandID, manufacturerID: manufacturerID, customerID: customerID,
            productID: productID, quantity: quantity,
            value: Money(minorUnits: valueMinor, currency: try CurrencyCode(currency)),
            shippedOn: try CalendarDate(shippedOn, field: "shippedOn"), licenceID: licenceID, milestoneID: milestoneID,
            status: DeliveryRecord.Status(rawValue: status) ?? .shipped, acceptedQuantity: acceptedQuantity,
            decisionReason: decisionReason, decidedBy: decidedBy,
            decidedOn: try decidedOn.map { try CalendarDate($0, field: "decidedOn") })
    }
}

final class ProductionReportModel: Model, @unchecked Sendable {
    static let schema = "production_reports"

    @ID(key: .id) var id: UUID?
    @Field(key: "facility_id") var facilityID: UUID
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "product_id") var productID: UUID
    @Field(key: "period_start") var periodStart: String
    @Field(key: "period_end") var periodEnd: String
    @Field(key: "quantity") var quantity: Int
    @Field(key: "reported_by") var reportedBy: UUID
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
