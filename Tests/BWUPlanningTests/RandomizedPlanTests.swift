import BWUPlanChecks
import BWUPlanning
import Foundation
import Testing

/// Hundreds of small generated models: every plan feasible (checked in one
/// batch by verify_plan.py), deterministic, with consistent KPIs.
@Suite("Randomized generated models")
struct RandomizedPlanTests {
    static let cases: [ModelGenerator] = (0..<300).map { n in
        let profile = ModelGenerator.Profile.allCases[n % ModelGenerator.Profile.allCases.count]
        return ModelGenerator(endItems: 1 + n % 12, buckets: 6 + n % 17, seed: UInt64(1000 + n), profile: profile)
    }

    @Test("plans of 300 small models are feasible, deterministic and consistent, by default and planned thoroughly")
    func randomizedModels() throws {
        var pairs: [(PlanningModel, PlanResult)] = []
        for generator in Self.cases {
            let model = generator.generate()
            #expect(model.validationErrors().isEmpty)
            // Same seed, same model; the JSON round trip is exact.
            #expect(generator.generate().encoded() == model.encoded())
            let decoded = try PlanningModel.decode(from: model.encoded())
            #expect(decoded == model)
            let plan = try Planner.plan(model)
            // Same input, byte-identical output.
            #expect(try Planner.plan(decoded).encoded() == plan.encoded())
            // Never worse than planning nothing, and fills ordered as they must be.
            #expect(plan.kpis.onTimeFill >= 0 && plan.kpis.onTimeFill <= plan.kpis.fill + 1e-9 && plan.kpis.fill <= 1 + 1e-9)
            #expect(plan.kpis.weightedLateness >= 0 && plan.kpis.cost >= 0)
            checkUnmet(model, plan)
            pairs.append((model, plan))
            // Planning thoroughly is as deterministic and as feasible.
            let thorough = try Planner.plan(model, options: PlanOptions(thorough: true))
            #expect(try Planner.plan(decoded, options: PlanOptions(thorough: true)).encoded() == thorough.encoded())
            checkUnmet(model, thorough)
            pairs.append((model, thorough))
        }
        let verdicts = try PlanChecker.verify(pairs)
        #expect(verdicts.count == pairs.count)
        for (n, verdict) in verdicts.enumerated() where !verdict.feasible {
            Issue.record("model \(n / 2) (\(Self.cases[n / 2]), thorough: \(n % 2 == 1)): \(verdict.errors)")
        }
    }

    /// Every demand not fully on time is listed once, with a cause naming something in the model.
    func checkUnmet(_ model: PlanningModel, _ plan: PlanResult) {
        let items = Set(model.items.map(\.id)), resources = Set(model.resources.map(\.id))
        let sources = Set(model.operations.map(\.id) + model.purchases.map(\.id))
        #expect(Set(plan.unmet.map(\.demand)).count == plan.unmet.count)
        for unmet in plan.unmet {
            #expect(unmet.qty > 0)
            switch unmet.cause {
            case .capacity(let resource, let bucket):
                #expect(resources.contains(resource) && bucket >= 0 && bucket < model.horizon.buckets)
            case .material(let item, _, let source):
                #expect(items.contains(item) && (source.map(sources.contains) ?? true))
            case .leadTime(let item, _, _):
                #expect(items.contains(item))
            case .budget(let bucket):
                #expect(model.budget != nil && bucket >= 0 && bucket < model.horizon.buckets)
            case .lot(let source, _):
                #expect(sources.contains(source))
            }
        }
    }
}
