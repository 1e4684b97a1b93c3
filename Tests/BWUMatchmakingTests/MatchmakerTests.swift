import BWUDomain
@testable import BWUMatchmaking
import BWUPlanChecks
import BWUPlanning
import Foundation
import Testing

/// Matchmaking on a hand-made model whose answers are known: a flight controller bought from
/// one Estonian supplier at 5 a week (half of what the demand needs in time), and a camera
/// bought in China, also at 5 a week.
@Suite struct MatchmakerTests {
    static let model = PlanningModel(
        horizon: Horizon(start: "2026-01-05", buckets: 10),
        items: [Item(id: "UAV"), Item(id: "FC", name: "Flight controller"), Item(id: "CAMERA", name: "Gimbal camera")],
        resources: [Resource(id: "DK-ASSY", location: "DK", capacity: .uniform(100))],
        operations: [Operation(id: "MAKE-UAV@DK", item: "UAV", location: "DK", leadTime: 1, unitCost: 100,
                               consumes: [Consumption(item: "FC", qty: 1), Consumption(item: "CAMERA", qty: 1)],
                               loads: [Load(resource: "DK-ASSY", perUnit: 1)])],
        purchases: [
            Purchase(id: "BUY-FC@EE", item: "FC", supplier: "EE-NAV", country: "EE", leadTime: 2, unitCost: 50, capacity: .uniform(5)),
            Purchase(id: "BUY-CAMERA@CN", item: "CAMERA", supplier: "CN-OPTICS", country: "CN", leadTime: 1, unitCost: 200, capacity: .uniform(5)),
        ],
        demands: [Demand(id: "D-UAV", customer: "AFU", item: "UAV", qty: 40, due: 6)])

    static let items: [ProductData.Item] = [
        .init(code: "UAV", name: "UAV", unit: "pcs"),
        .init(code: "FC", name: "Flight controller", unit: "pcs", category: "flight controllers", nsn: "5895-12-345-6789"),
        .init(code: "CAMERA", name: "Gimbal camera", unit: "pcs", category: "cameras", cpv: "38651000-3"),
    ]

    static func profile(_ categories: [String], nsns: [String] = [], cpv: [String] = [], country: String, leadTime: Int = 2,
                        capacity: Double = 10, clearance: ClearanceLevel = .restricted) -> SupplierProfile {
        SupplierProfile(categories: categories, cpvCodes: cpv, nsns: nsns,
                        certifications: [.init(name: "AQAP 2110", reference: nil, validUntil: try! CalendarDate("2027-12-31", field: "d"))],
                        clearance: clearance, country: country, typicalLeadTimeWeeks: leadTime, capacityPerWeek: capacity, description: "")
    }

    static let suppliers = [
        RegisteredSupplier(name: "CZ-AVIONICS", profile: profile(["flight controllers"], nsns: ["5895-12-345-6789"], country: "CZ")),
        RegisteredSupplier(name: "DE-OPTICS", profile: profile(["cameras"], cpv: ["38650000-6"], country: "DE", leadTime: 1, capacity: 100)),
        RegisteredSupplier(name: "DK-BATTERIES", profile: profile(["batteries"], country: "DK")),
        RegisteredSupplier(name: "EE-NAV", profile: profile(["flight controllers"], country: "EE")),
    ]

    let today = try! CalendarDate("2026-01-05", field: "today")

    @Test func proposesTheSupplierThatClosesTheSinglePointAndRaisesOnTimeFill() throws {
        // Setup
        let matchmaker = Matchmaker(model: Self.model, items: Self.items, suppliers: Self.suppliers, today: today)

        // Act
        let report = try matchmaker.report()

        // Check: the flight controller is single-sourced; the Czech supplier matches its NSN
        let fc = try #require(report.items.first { $0.item == "FC" })
        #expect(fc.reasons.contains(.singleSourced))
        #expect(fc.currentSources == ["EE-NAV"])
        let best = try #require(fc.proposals.first)
        #expect(best.supplier == "CZ-AVIONICS")
        #expect(best.reasons.contains { $0.kind == .nsn })
        #expect(!fc.proposals.contains { $0.supplier == "DK-BATTERIES" || $0.supplier == "EE-NAV" }, "no match, or already a source")
        #expect(best.impact.closesSinglePoint)
        #expect(best.impact.singlePointsAfter < best.impact.singlePointsBefore)
        #expect(best.impact.onTimeFillBefore == 0.5)
        #expect(best.impact.onTimeFillAfter > best.impact.onTimeFillBefore)

        // Check against the planner's own figures, and the plan against the independent checker
        let changed = matchmaker.adding("CZ-AVIONICS", country: "CZ", item: "FC", leadTime: 2, capacityPerWeek: 10, unitCost: 50)
        let plan = try Planner.plan(changed)
        #expect(plan.kpis.onTimeFill == best.impact.onTimeFillAfter)
        let verdict = try PlanChecker.verify([(changed, plan)])[0]
        #expect(verdict.feasible, "\(verdict.errors)")
        #expect(try Planner.plan(Self.model).kpis.onTimeFill == best.impact.onTimeFillBefore)
    }

    @Test func theCandidatesMeasuredInParallelGiveTheSameReportEveryTime() throws {
        let matchmaker = Matchmaker(model: Self.model, items: Self.items, suppliers: Self.suppliers, today: today)
        let first = try matchmaker.report()
        for _ in 0..<5 { #expect(try matchmaker.report() == first) }
    }

    @Test func aNonAlliedSourceGetsAnAlliedProposalThatRaisesTheAlliedShare() throws {
        let report = try Matchmaker(model: Self.model, items: Self.items, suppliers: Self.suppliers, today: today).report()

        let camera = try #require(report.items.first { $0.item == "CAMERA" })
        #expect(camera.reasons.contains(.nonAlliedSource))
        let best = try #require(camera.proposals.first)
        #expect(best.supplier == "DE-OPTICS")
        #expect(best.reasons.contains { $0.kind == .cpv }, "38650000 covers 38651000")
        let share = try #require(best.impact.alliedShare.first { $0.item == "UAV" })
        #expect(share.after > share.before)
    }

    @Test func itemsShortInTheLatestPlanAreNamed() throws {
        let matchmaker = Matchmaker(model: Self.model, items: Self.items, suppliers: Self.suppliers, today: today)
        let plan = try Planner.plan(Self.model)
        #expect(!plan.unmet.isEmpty)

        let report = try matchmaker.report(latestPlan: (Self.model, plan))

        let short = report.items.filter { $0.reasons.contains(.shortInPlan) }.map(\.item)
        #expect(short.contains("FC"), "\(plan.unmet)")
    }

    @Test func aSupplierBelowTheRequiredClearanceRanksBelowOneThatHoldsIt() throws {
        var suppliers = Self.suppliers
        suppliers.append(RegisteredSupplier(name: "AA-UNCLEARED", profile: Self.profile(["flight controllers"], nsns: ["5895-12-345-6789"],
                                                                                        country: "CZ", clearance: .none)))
        let report = try Matchmaker(model: Self.model, items: Self.items, suppliers: suppliers, today: today, requiredClearance: .restricted).report()

        let names = try #require(report.items.first { $0.item == "FC" }).proposals.map(\.supplier)
        #expect(names.firstIndex(of: "CZ-AVIONICS")! < names.firstIndex(of: "AA-UNCLEARED")!)
    }
}
