import BWUDomain
import Fluent
import Foundation

/// Output a manufacturer reports per facility, product and period.
public struct ProductionReportRecord: Equatable, Sendable {
    public var id: UUID
    public var facilityID: UUID
    public var organisationID: UUID
    public var productID: UUID
    public var periodStart: CalendarDate
    public var periodEnd: CalendarDate
    public var quantity: Int
}

public struct ProductionReportService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    public func report(
        facilityID: UUID, productID: UUID, periodStart: CalendarDate, periodEnd: CalendarDate, quantity: Int, actor: Actor
    ) async throws -> ProductionReportRecord {
        try actor.require(.manufacturer, to: "reporting output")
        guard quantity >= 0 else { throw DomainError.invalid("quantity", "must not be negative") }
        guard periodStart <= periodEnd else { throw DomainError.invalid("periodEnd", "is before periodStart") }
        return try await context.audited(by: actor) { db, log in
            _ = try await FacilityService.visible(facilityID, actor: actor, on: db)
            guard let product = try await ProductModel.find(productID, on: db), product.organisationID == actor.organisationID else {
                throw DomainError.invalid("productId", "no such product of your organisation")
            }
            let report = ProductionReportModel()
            report.id = UUID()
            report.facilityID = facilityID
            report.organisationID = actor.organisationID
            report.productID = try product.requireID()
            report.periodStart = periodStart.description
            report.periodEnd = periodEnd.description
            report.quantity = quantity
            report.reportedBy = actor.userID
            try await report.create(on: db)
            log.record("production.reported", "production-report", try report.requireID(), [
                "facility": facilityID.uuidString, "product": productID.uuidString,
                "period": "\(periodStart)..\(periodEnd)", "quantity": String(quantity),
            ])
            return try Self.record(report)
        }
    }

    public func list(actor: Actor) async throws -> [ProductionReportRecord] {
        try ProductionScope.requireProductionReader(actor)
        let query = ProductionReportModel.query(on: context.database)
        if let organisation = ProductionScope.organisationFilter(actor) { query.filter(\.$organisationID == organisation) }
        return try await query.sort(\.$periodStart, .descending).all().map(Self.record)
    }

    static func record(_ model: ProductionReportModel) throws -> ProductionReportRecord {
        ProductionReportRecord(
            id: try model.requireID(), facilityID: model.facilityID, organisationID: model.organisationID, productID: model.productID,
            periodStart: try CalendarDate(model.periodStart, field: "periodStart"),
            periodEnd: try CalendarDate(model.periodEnd, field: "periodEnd"), quantity: model.quantity)
    }
}
