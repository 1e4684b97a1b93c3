import BWUPlanChecks
import BWUPlanning
import Foundation
import Testing
@testable import BWUResilience

@Suite("What-if scenarios")
struct WhatIfTests {
    static let file = """
        {"format": "bwu-scenarios/1", "scenarios": [
          {"id": "dk-line-down", "description": "DK line stopped for three weeks",
           "cutCapacity": [{"resource": "DK1-LINE", "percent": 100, "from": 0, "to": 2}]},
          {"id": "slow-casings", "lengthenLeadTimes": [{"supplier": "SE-METAL", "by": 3}]},
          {"id": "extra-order", "addDemands": [{"id": "D-EXTRA", "item": "FUSE", "qty": 5, "due": 4}]},
          {"id": "no-fuses", "removeSources": ["BUY-FUSE@FI"]}
        ]}
        """

    @Test("each kind of change shows its effect on KPIs and demands, and every plan is feasible")
    func kinds() throws {
        let model = Fixtures.facilityLoss()
        let scenarios = try ScenarioFile.decode(from: Data(Self.file.utf8), model: model).scenarios
        let analyzer = try ResilienceAnalyzer(model: model)

        let report = try analyzer.report(options: ResilienceOptions(disruptionKinds: [], whatIfs: scenarios))

        let results = Dictionary(uniqueKeysWithValues: report.whatIfs.map { ($0.id, $0) })
        let down = try #require(results["dk-line-down"])
        #expect(down.method == .replanned)
        #expect(down.after.kpis.onTimeFill < down.before.kpis.onTimeFill)
        #expect(down.changed.first?.demand == "D-SHELL" && down.changed.first?.hurt == true)
        let slow = try #require(results["slow-casings"])
        #expect(slow.changed.map(\.demand) == ["D-SHELL"])
        let extra = try #require(results["extra-order"])
        #expect(extra.changed.map(\.demand) == ["D-EXTRA"] && extra.changed[0].added && extra.changed[0].onTimeAfter == 5)
        let fuses = try #require(results["no-fuses"])
        #expect(fuses.changed.first?.demand == "D-FUSE" && fuses.after.kpis.fill < 1)
        #expect(fuses.reasons.first?.kind == .lostOnlySource)
        for scenario in scenarios {
            let planned = try analyzer.plan(scenario)
            try PlanChecker.expectFeasible(planned.model, planned.plan, scenario.id)
        }
    }

    @Test("a capacity cut applies only to the buckets named")
    func capacityCutBuckets() throws {
        let index = SupplyIndex(Fixtures.facilityLoss())
        var whatIf = WhatIf(id: "cut")
        whatIf.cutCapacity = [CapacityCut(resource: "DK1-LINE", percent: 25, from: 2, to: 3)]

        let changed = whatIf.change(of: index).model

        #expect(changed.resources[0].capacity.value(in: 1) == 100)
        #expect(changed.resources[0].capacity.value(in: 2) == 75)
        #expect(changed.resources[0].capacity.value(in: 4) == 100)
    }
}
