import BWUPlanChecks
import BWUPlanning
@testable import BWUPlanningCLI
import Foundation
import Testing

/// The commands are thin shells over the library: generate a model, plan it, check the plan.
@Suite("Commands")
struct CommandTests {
    @Test("generate then plan writes a feasible plan; a bad model exits non-zero")
    func generateAndPlan() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bwu-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let modelFile = dir.appendingPathComponent("model.json").path, planFile = dir.appendingPathComponent("plan.json").path

        let generate = try GenerateCommand.parse(["--end-items", "8", "--buckets", "12", "--seed", "5", "--profile", "tight", "-o", modelFile])
        try generate.run()
        let plan = try PlanCommand.parse([modelFile, "-o", planFile, "--json"])
        try plan.run()

        let model = try PlanningModel.decode(from: Data(contentsOf: URL(fileURLWithPath: modelFile)))
        let written = try Data(contentsOf: URL(fileURLWithPath: planFile))
        #expect(written == (try Planner.plan(model)).encoded())
        let result = try JSONDecoder().decode(PlanResult.self, from: written)
        #expect(try PlanChecker.verify([(model, result)])[0].feasible)

        // --lp-guided writes the plan the library makes with the LP guide.
        try PlanCommand.parse([modelFile, "-o", planFile, "--lp-guided"]).run()
        let (guided, guide) = try Planner.planReportingGuide(model, options: PlanOptions(lpGuided: true))
        #expect(try Data(contentsOf: URL(fileURLWithPath: planFile)) == guided.encoded())
        // The summary says what the guide did; without the flag it says nothing about it.
        let summary = PlanSummary(model: model, plan: result, guide: guide, decodeSeconds: 0, planSeconds: 0, totalSeconds: 0)
        #expect(summary.json().contains("\"lpGuide\":\"\(guide.rawValue)\""))
        #expect(summary.text().contains("LP guide: \(guide.explanation)"))
        #expect(!PlanSummary(model: model, plan: result, decodeSeconds: 0, planSeconds: 0, totalSeconds: 0).json().contains("lpGuide"))

        try Data("{\"format\":\"bwu-plan/1\",\"currency\":\"DKK\",\"horizon\":{\"start\":\"2026-01-05\",\"buckets\":2},\"itmes\":[]}".utf8)
            .write(to: URL(fileURLWithPath: modelFile))
        let bad = try PlanCommand.parse([modelFile, "-o", planFile])
        #expect(throws: (any Error).self) { try bad.run() }
    }

    @Test("a bench row says what the LP guide did when it was asked for, and its table shows it")
    func benchRowGuide() throws {
        let plain = try BenchRow.measure(size: 6, profile: .tight, buckets: 12, seed: 3, runs: 1)
        #expect(plain.lpGuide == nil)
        #expect(!BenchRow.table([plain]).contains("LP guide"))
        let guided = try BenchRow.measure(size: 6, profile: .tight, buckets: 12, seed: 3, runs: 1, options: PlanOptions(lpGuided: true))
        let model = ModelGenerator(endItems: 6, buckets: 12, seed: 3, profile: .tight).generate()
        let outcome = try Planner.planReportingGuide(model, options: PlanOptions(lpGuided: true)).guide
        #expect(guided.lpGuide == outcome)
        #expect(BenchRow.table([guided]).hasSuffix(outcome.rawValue))
    }
}
