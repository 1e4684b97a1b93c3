import BWUPlanning
import Testing
@testable import BWUResilience

/// The analysis uses the planner's passes it is given, so that its figures agree with plans
/// made with the same passes (the server's stored runs plan thoroughly).
@Suite("Planner passes")
struct PlanOptionsTests {
    /// Overloaded: here the thorough plan serves more on time than the default one.
    static let model = ModelGenerator(endItems: 12, buckets: 16, seed: 20, profile: .tight).generate()

    @Test("the baseline and every scenario are planned with the passes given")
    func plansWithOptions() throws {
        let stored = try Planner.plan(Self.model, options: .storedRuns)
        #expect(stored.kpis.onTimeFill > (try Planner.plan(Self.model)).kpis.onTimeFill, "the model tells the passes apart")
        let analyzer = try ResilienceAnalyzer(model: Self.model, options: .storedRuns)
        #expect(analyzer.baseline.encoded() == stored.encoded())
        for id in analyzer.disruptions().prefix(4) {
            let scenario = analyzer.plan(without: id, incremental: false)
            #expect(scenario.plan.encoded() == (try Planner.plan(scenario.model, options: .storedRuns)).encoded(), "\(id.name)")
        }
    }

    @Test("a stored plan is analysed as it is, with the same report as planning the model again")
    func storedBaseline() throws {
        let stored = try Planner.plan(Self.model, options: .storedRuns)
        let given = try ResilienceAnalyzer(model: Self.model, baseline: stored, options: .storedRuns)
        let planned = try ResilienceAnalyzer(model: Self.model, options: .storedRuns)
        #expect(try given.report().encoded() == planned.report().encoded())
    }

    @Test("a model given with its plan is still checked")
    func stillValidated() throws {
        let plan = try Planner.plan(Self.model)
        var broken = Self.model
        broken.demands[0].qty = -1
        #expect(throws: ModelError.self) { try ResilienceAnalyzer(model: broken, baseline: plan, options: PlanOptions()) }
    }
}
