import BWUPlanning
import Testing
@testable import BWUResilience

@Suite("Origin of value")
struct OriginTests {
    @Test("a product with 40 % of its value from a non-allied country is flagged below 65 %")
    func fortyPercentNonAllied() throws {
        let report = try ResilienceAnalyzer(model: Fixtures.fortyPercentNonAllied()).report(options: ResilienceOptions(disruptionKinds: []))

        let drone = try #require(report.origin.items.first)
        #expect(drone.item == "DRONE")
        #expect(abs(drone.unitValue - 100) < 1e-9)
        #expect(abs(drone.alliedShare - 0.6) < 1e-9)
        #expect(drone.belowThreshold)
        #expect(report.origin.itemsBelowThreshold == 1)
        let cn = try #require(drone.countries.first)
        #expect(cn.country == "CN" && abs(cn.share - 0.4) < 1e-9 && !cn.allied)
        #expect(drone.countries.map(\.country) == ["CN", "DE", "DK"])
    }

    @Test("the allied set and the threshold are configurable")
    func configurable() throws {
        let analyzer = try ResilienceAnalyzer(model: Fixtures.fortyPercentNonAllied())

        let withCN = try analyzer.report(options: ResilienceOptions(allied: AlliedCountries.parse("EU,EEA,UA,CN"), disruptionKinds: []))
        let lowBar = try analyzer.report(options: ResilienceOptions(threshold: 0.5, disruptionKinds: []))

        #expect(withCN.origin.items[0].alliedShare == 1)
        #expect(!withCN.origin.items[0].belowThreshold)
        #expect(!lowBar.origin.items[0].belowThreshold)
    }

    @Test("the cheapest basis follows each item's cheapest source")
    func cheapestBasis() throws {
        var model = Fixtures.fortyPercentNonAllied()
        model.purchases.append(Purchase(id: "BUY-CAMERA@FI", item: "CAMERA", supplier: "FI-OPTICS", country: "FI", leadTime: 2, unitCost: 35))

        let report = try ResilienceAnalyzer(model: model).report(options: ResilienceOptions(originBasis: .cheapest, disruptionKinds: []))

        #expect(report.origin.basis == .cheapest)
        #expect(abs(report.origin.items[0].unitValue - 95) < 1e-9)
        #expect(report.origin.items[0].alliedShare == 1)
    }

    @Test("EU and EEA expand in the allied list; Ukraine is in the default set")
    func alliedList() {
        #expect(AlliedCountries.parse("eu, ua").contains("DK"))
        #expect(AlliedCountries.parse("EEA").contains("NO"))
        #expect(!AlliedCountries.parse("EU").contains("NO"))
        #expect(AlliedCountries.standard.contains("UA") && !AlliedCountries.standard.contains("US"))
    }
}
