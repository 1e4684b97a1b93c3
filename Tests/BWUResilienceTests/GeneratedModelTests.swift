import BWUPlanChecks
import BWUPlanning
import Testing
@testable import BWUResilience

@Suite("Generated models")
struct GeneratedModelTests {
    @Test("every incremental re-plan of every supplier, country and location is feasible",
          arguments: [(ModelGenerator.Profile.normal, UInt64(1)), (.tight, 2), (.budget, 3)])
    func everyReplanFeasible(profile: ModelGenerator.Profile, seed: UInt64) throws {
        let model = ModelGenerator(endItems: 12, buckets: 16, seed: seed, profile: profile).generate()
        let analyzer = try ResilienceAnalyzer(model: model)
        var methods: Set<ReplanMethod> = []
        for id in analyzer.disruptions() {
            let scenario = analyzer.plan(without: id)
            methods.insert(scenario.method)
            try PlanChecker.expectFeasible(scenario.model, scenario.plan, "\(profile) seed \(seed) without \(id.kind) \(id.name)")
        }
        #expect(methods.contains(.partial))
    }

    @Test("the report is the same run twice and lists every scenario once")
    func deterministic() throws {
        let model = ModelGenerator(endItems: 20, buckets: 20, seed: 7).generate()
        let analyzer = try ResilienceAnalyzer(model: model)

        let first = try analyzer.report(), second = try analyzer.report()

        #expect(first.encoded() == second.encoded())
        #expect(first.disruptions.count == analyzer.disruptions().count)
        #expect(first.run.scenarios == first.run.replanned + first.run.partial + first.run.repaired + first.run.unaffected)
        #expect(zip(first.disruptions, first.disruptions.dropFirst()).allSatisfy { $0.deltaOnTimeFill <= $1.deltaOnTimeFill + 1e-12 })
    }

    @Test("a supplier the baseline never uses is reported unaffected without re-planning")
    func unusedSupplier() throws {
        var model = Fixtures.singleSourced()
        model.purchases.append(Purchase(id: "BUY-BOLT@CZ", item: "BOLT", supplier: "CZ-BOLTS", country: "CZ", leadTime: 1, unitCost: 9))
        let analyzer = try ResilienceAnalyzer(model: model)

        let scenario = analyzer.plan(without: DisruptionID(kind: .supplier, name: "CZ-BOLTS"))

        #expect(scenario.method == .unaffected)
        #expect(scenario.plan == analyzer.baseline)
        try PlanChecker.expectFeasible(scenario.model, scenario.plan, "without CZ-BOLTS")
    }
}
