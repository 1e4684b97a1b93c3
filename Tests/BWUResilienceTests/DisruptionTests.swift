import BWUPlanChecks
import BWUPlanning
import Testing
@testable import BWUResilience

@Suite("Disruption ranking")
struct DisruptionTests {
    @Test("losing the DK facility makes D-SHELL late, and the ranking says why")
    func facilityLossMakesDemandLate() throws {
        let analyzer = try ResilienceAnalyzer(model: Fixtures.facilityLoss())

        let report = try analyzer.report()

        let dk = try #require(report.disruptions.first { $0.kind == .location && $0.name == "DK" })
        #expect(dk.demandsHurt == 1)
        let shell = try #require(dk.changes.first)
        #expect(shell.demand == "D-SHELL" && shell.hurt)
        #expect(shell.onTimeBefore == 40 && shell.onTimeAfter == 0 && shell.deliveredAfter == 40)
        #expect(abs(dk.deltaOnTimeFill + 0.8) < 1e-9 && dk.deltaFill == 0)
        #expect(dk.reasons == [DisruptionReason(kind: .leadTime, subject: "SHELL", source: nil, demands: ["D-SHELL"])])
        #expect(!dk.changes.contains { $0.demand == "D-FUSE" })
        #expect(report.disruptions.first { $0.name == "UA" }?.demandsHurt == 0)
        // Losing the only casing supplier is worse (nothing is delivered), so it ranks above.
        let casing = try #require(report.disruptions.firstIndex { $0.name == "SE-METAL" })
        #expect(casing < report.disruptions.firstIndex { $0.name == "DK" }!)
    }

    @Test("losing the only supplier of a component names it as the reason")
    func lostOnlySource() throws {
        let report = try ResilienceAnalyzer(model: Fixtures.singleSourced()).report()

        let motors = try #require(report.disruptions.first { $0.kind == .supplier && $0.name == "PL-MOTORS" })
        #expect(motors.demandsHurt == 1 && motors.kpis.onTimeFill == 0)
        #expect(motors.reasons.first == DisruptionReason(kind: .lostOnlySource, subject: "MOTOR", source: nil, demands: ["D-KIT"]))
        #expect(report.disruptions.first?.deltaOnTimeFill == -1)
    }

    @Test("losing one of two bolt suppliers moves the orders to the other and hurts nothing")
    func repairedByAlternate() throws {
        let analyzer = try ResilienceAnalyzer(model: Fixtures.singleSourced())

        let scenario = analyzer.plan(without: DisruptionID(kind: .supplier, name: "DE-BOLTS"))

        #expect(scenario.method == .repaired)
        #expect(scenario.plan.kpis.onTimeFill == analyzer.baseline.kpis.onTimeFill)
        #expect(scenario.plan.purchases.contains { $0.purchase == "BUY-BOLT@NO" })
        try PlanChecker.expectFeasible(scenario.model, scenario.plan, "without DE-BOLTS")
    }

    @Test("a capacity cut that binds is named as the reason")
    func capacityBecomesBinding() throws {
        var model = Fixtures.facilityLoss()
        model.operations[1].leadTime = 1            // UA as fast as DK…
        model.resources[1].capacity = .uniform(10)  // …but it can make only 10 a bucket
        let analyzer = try ResilienceAnalyzer(model: model)

        let report = try analyzer.report(options: ResilienceOptions(disruptionKinds: [.location]))

        let dk = try #require(report.disruptions.first { $0.name == "DK" })
        #expect(dk.changes.first?.onTimeAfter == 20)
        #expect(dk.reasons.first?.kind == .capacity)
        #expect(dk.reasons.first?.subject == "UA1-LINE")
    }

    @Test("every re-plan of every hand-made model is feasible, incremental or from the start",
          arguments: ["singleSourced", "fortyPercentNonAllied", "facilityLoss"])
    func everyReplanFeasible(name: String) throws {
        let model = switch name {
        case "singleSourced": Fixtures.singleSourced()
        case "fortyPercentNonAllied": Fixtures.fortyPercentNonAllied()
        default: Fixtures.facilityLoss()
        }
        let analyzer = try ResilienceAnalyzer(model: model)
        try PlanChecker.expectFeasible(model, analyzer.baseline, "\(name) baseline")
        for id in analyzer.disruptions() {
            for incremental in [true, false] {
                let scenario = analyzer.plan(without: id, incremental: incremental)
                try PlanChecker.expectFeasible(scenario.model, scenario.plan, "\(name) without \(id.kind) \(id.name)")
            }
        }
    }
}
