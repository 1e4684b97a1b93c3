import BWUDomain
import BWUPlanning
import BWUWeb
import Foundation

/// Facilities, demands, deliveries and a small planned model for the production pages.
enum ProductionFixture {
    static let today = try! CalendarDate("2026-09-21", field: "today")
    static let customerOrg = UUID(uuidString: "33333333-3333-3333-3333-333333333333")!
    static let names = [Fixture.manufacturerOrg: "Dnipro <Aero>", customerOrg: "Armed Forces of Ukraine"]

    static func permit(_ kind: PermitKind, _ status: PermitStatus = .granted, until days: Int?, facility: UUID) -> PermitRecord {
        PermitRecord(id: UUID(), facilityID: facility, kind: kind, issuer: "Issuer of \(kind.rawValue)", reference: "REF-\(kind.rawValue)",
                     status: status, validFrom: today.adding(days: -100), validUntil: days.map { today.adding(days: $0) }, clearanceLevel: nil)
    }

    /// Foreign-owned, with one permit expiring in 30 days, one expired, and investment screening missing.
    static var facility: FacilityRecord {
        let id = UUID()
        return FacilityRecord(
            id: id, organisationID: Fixture.manufacturerOrg, name: "Skrydstrup UAV hall", address: "Lufthavnvej 60", municipality: "Haderslev",
            foreignOwned: true, status: .operational,
            permits: [permit(.warMaterialManufacturing, until: nil, facility: id), permit(.foreignOwnership, until: 30, facility: id),
                      permit(.facilitySecurityClearance, until: -5, facility: id), permit(.siteEnvironmental, until: 900, facility: id)])
    }

    static let product = ProductRecord(id: UUID(), organisationID: Fixture.manufacturerOrg, code: "UAV-R1", name: "Reconnaissance UAV",
                                       category: try! MilitaryListCategory("ML10"), unitValue: Fixture.dkk(35_000_000))

    static func demand(quantity: Int = 200, accepted: Int = 40) -> DemandRecord {
        DemandRecord(id: UUID(), customerID: customerOrg, manufacturerID: Fixture.manufacturerOrg, productID: product.id, quantity: quantity,
                     dueDate: today.adding(days: 120), priority: 1, status: .open, acceptedQuantity: accepted, createdAt: Fixture.now)
    }

    static func delivery(_ demand: DemandRecord, quantity: Int, status: DeliveryRecord.Status, accepted: Int) -> DeliveryRecord {
        DeliveryRecord(id: UUID(), demandID: demand.id, manufacturerID: Fixture.manufacturerOrg, customerID: customerOrg, productID: product.id,
                       quantity: quantity, value: Fixture.dkk(Int64(quantity) * 35_000_000), shippedOn: today.adding(days: -10), licenceID: nil,
                       milestoneID: nil, status: status, acceptedQuantity: accepted, decisionReason: status == .shipped ? nil : "Flights passed",
                       decidedBy: nil, decidedOn: status == .shipped ? nil : today.adding(days: -3))
    }

    /// One assembly line of 2 a week, a motor bought only in Poland (allied), a camera bought
    /// only in the US (not allied), and two demands the line cannot both meet on time.
    static var model: PlanningModel {
        PlanningModel(
            horizon: Horizon(start: "2026-09-21", bucketDays: 7, buckets: 10),
            items: [Item(id: "UAV", name: "Reconnaissance UAV"), Item(id: "MOTOR", name: "Motor"), Item(id: "CAMERA", name: "Camera")],
            resources: [Resource(id: "ASSY", location: "DK", capacity: .uniform(2))],
            operations: [Operation(id: "MAKE-UAV", item: "UAV", location: "DK", leadTime: 1, unitCost: 100,
                                   consumes: [Consumption(item: "MOTOR", qty: 1), Consumption(item: "CAMERA", qty: 1)],
                                   loads: [Load(resource: "ASSY", perUnit: 1)])],
            purchases: [Purchase(id: "BUY-MOTOR", item: "MOTOR", supplier: "Baltic Motors", country: "PL", leadTime: 1, unitCost: 50),
                        Purchase(id: "BUY-CAMERA", item: "CAMERA", supplier: "Camera Corp", country: "US", leadTime: 1, unitCost: 500)],
            demands: [Demand(id: "D1", customer: "AFU", item: "UAV", qty: 4, due: 3), Demand(id: "D2", customer: "DAF", item: "UAV", qty: 30, due: 4)])
    }

    static var plan: PlanResult { try! Planner.plan(model) }

    static func run(_ state: PlanRunState = .succeeded, minutesAgo: Double = 0, plan: PlanResult? = nil) -> PlanRunSummary {
        PlanRunSummary(id: UUID(), organisationID: Fixture.manufacturerOrg, state: state, progress: state == .succeeded ? 100 : 30,
                       createdAt: Fixture.now.addingTimeInterval(-minutesAgo * 60), finishedAt: state == .succeeded ? Fixture.now : nil,
                       onTimeFill: plan?.kpis.onTimeFill, fill: plan?.kpis.fill, demands: 2, unmet: plan?.unmet.count ?? 0, error: nil)
    }
}
