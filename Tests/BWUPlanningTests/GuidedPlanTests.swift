import BWUPlanChecks
import BWUPlanning
import Foundation
import Synchronization
import Testing

/// `PlanOptions(lpGuided: true)` (`bwu plan --lp-guided`): a plan built
/// around the LP relaxation's supply, kept only when it is better.
@Suite("LP-guided plans")
struct GuidedPlanTests {
    /// Small overloaded models, so that the LP solves quickly in a debug build.
    static let cases = (1...12).map { ModelGenerator(endItems: 4 + $0 % 5, buckets: 12 + $0 % 9, seed: UInt64(500 + $0), profile: .tight) }

    /// On-time value per priority, highest priority first.
    static func onTimeValue(_ model: PlanningModel, _ plan: PlanResult) -> [Double] {
        let demands = Dictionary(uniqueKeysWithValues: model.demands.map { ($0.id, $0) })
        let priorities = Set(model.demands.map(\.priority)).sorted()
        var value = [Double](repeating: 0, count: priorities.count)
        for delivery in plan.deliveries {
            guard let demand = demands[delivery.demand], delivery.bucket <= demand.due else { continue }
            value[priorities.firstIndex(of: demand.priority)!] += demand.value * delivery.qty
        }
        return value
    }

    @Test("guided plans are feasible, deterministic, and never worse priority by priority than the default plan")
    func guidedPlans() throws {
        var pairs: [(PlanningModel, PlanResult)] = []
        var better = 0
        for generator in Self.cases {
            let model = generator.generate()
            let plain = try Planner.plan(model)
            let (guided, outcome) = try Planner.planReportingGuide(model, options: PlanOptions(lpGuided: true))
            #expect(try Planner.plan(model, options: PlanOptions(lpGuided: true)).encoded() == guided.encoded())
            let a = Self.onTimeValue(model, guided), b = Self.onTimeValue(model, plain)
            // Lexicographic by priority: the first level that differs decides, and it must not favour the default plan.
            if let level = a.indices.first(where: { abs(a[$0] - b[$0]) > 1e-6 * max(1, abs(b[$0])) }) {
                #expect(a[level] > b[level], "\(generator): guided \(a), default \(b)")
                #expect(outcome == .kept, "\(generator)")
                better += 1
            } else {
                // The same on-time value everywhere: the default plan is kept, or the guided one with the same deliveries.
                #expect(outcome == .notKept || outcome == .kept, "\(generator)")
            }
            if outcome == .notKept { #expect(guided.encoded() == plain.encoded(), "\(generator)") }
            pairs.append((model, guided))
        }
        // The guide must pay off somewhere on overloaded models, or it is dead weight.
        #expect(better > 0)
        for (n, verdict) in try PlanChecker.verify(pairs).enumerated() where !verdict.feasible {
            Issue.record("\(Self.cases[n]): \(verdict.errors)")
        }
    }

    @Test("a model too large for the guide is planned as without it, at once")
    func tooLargeForTheGuide() throws {
        let model = ModelGenerator(endItems: 200, buckets: 52, seed: 1, profile: .tight).generate()
        #expect(model.lpGuideRows > PlanningModel.lpGuideMaximumRows)
        #expect(!model.fitsLPGuide)
        let (guided, outcome) = try Planner.planReportingGuide(model, options: PlanOptions(lpGuided: true))
        #expect(guided.encoded() == (try Planner.plan(model)).encoded())
        #expect(outcome == .tooLarge)
        // 100 tight end items, the size the guide was measured at, fit.
        #expect(ModelGenerator(endItems: 100, buckets: 52, seed: 1, profile: .tight).generate().fitsLPGuide)
    }

    @Test("the guide says when it was not asked for, and when capacity is not overloaded")
    func outcomesWithoutTheGuide() throws {
        let tight = Self.cases[0].generate()
        #expect(try Planner.planReportingGuide(tight).guide == .notAsked)
        let normal = ModelGenerator(endItems: 6, buckets: 12, seed: 3, profile: .normal).generate()
        let (plan, outcome) = try Planner.planReportingGuide(normal, options: PlanOptions(lpGuided: true))
        #expect(outcome == .notOverloaded)
        #expect(plan.encoded() == (try Planner.plan(normal)).encoded())
    }

    @Test("the guide reports every iteration of its solve as its error falls, and the plan does not change")
    func reportsIterations() throws {
        let model = Self.cases[0].generate()
        let reports = Mutex<[(Int, Double)]>([])
        let options = PlanOptions(lpGuided: true) { iteration, error in reports.withLock { $0.append((iteration, error)) } }
        let plan = try Planner.plan(model, options: options)
        let seen = reports.withLock { $0 }
        #expect(seen.map(\.0) == Array(0..<seen.count))
        #expect(seen.count > 5)
        // The iteration that reaches the tolerance (1e-8) ends the solve before it is reported.
        #expect((seen.last?.1 ?? 1) < 1e-5)
        #expect((seen.first?.1 ?? 0) > 1e-2)
        #expect(plan.encoded() == (try Planner.plan(model, options: PlanOptions(lpGuided: true))).encoded())
    }
}
