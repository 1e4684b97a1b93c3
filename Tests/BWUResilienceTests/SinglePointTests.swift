import BWUPlanning
import Testing
@testable import BWUResilience

@Suite("Single points of failure")
struct SinglePointTests {
    @Test("a component from one supplier is reported with the demand that depends on it")
    func singleSupplier() throws {
        let analyzer = try ResilienceAnalyzer(model: Fixtures.singleSourced())

        let report = try analyzer.report(options: ResilienceOptions(disruptionKinds: []))

        let motor = try #require(report.singlePointsOfFailure.first { $0.item == "MOTOR" })
        #expect(motor.source == "supplier PL-MOTORS")
        #expect(motor.sourceIDs == ["BUY-MOTOR@PL"])
        #expect(motor.dependantEndItems == ["KIT"])
        #expect(motor.demands == ["D-KIT"])
        #expect(motor.qtyAtRisk == 10)
        #expect(motor.shareOfDemandValue == 1)
    }

    @Test("a dual-sourced item is not a single point of failure; single-location make is")
    func dualSourcedIsNot() throws {
        let report = try ResilienceAnalyzer(model: Fixtures.singleSourced()).report(options: ResilienceOptions(disruptionKinds: []))

        let items = Set(report.singlePointsOfFailure.map(\.item))
        #expect(!items.contains("BOLT"))
        #expect(items.contains("FRAME"))
        #expect(report.singlePointsOfFailure.first { $0.item == "FRAME" }?.source == "location DK")
    }

    @Test("a parent that can also be bought breaks the dependence")
    func purchaseBreaksDependence() throws {
        var model = Fixtures.singleSourced()
        model.purchases.append(Purchase(id: "BUY-KIT@SE", item: "KIT", supplier: "SE-KITS", country: "SE", leadTime: 2, unitCost: 900))

        let report = try ResilienceAnalyzer(model: model).report(options: ResilienceOptions(disruptionKinds: []))

        #expect(!report.singlePointsOfFailure.contains { $0.item == "MOTOR" })
    }
}
