import BWUPlanning
import Foundation
import Testing

/// Runs the independent checker `shared/tools/verify_plan.py` on a model and a plan.
enum PlanChecker {
    /// `../shared/tools/verify_plan.py` from the package root (symlinks resolved, so a
    /// scratch package that links this directory finds the same script).
    static let script: URL = {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        for _ in 0..<4 { url.deleteLastPathComponent() }  // Support, BWUResilienceTests, Tests, package root
        return url.deletingLastPathComponent().appendingPathComponent("shared/tools/verify_plan.py")
    }()

    /// The checker's verdict: exit status 0 and its output.
    static func verify(_ model: PlanningModel, _ plan: PlanResult) throws -> (feasible: Bool, output: String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bwu-resilience-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let modelURL = dir.appendingPathComponent("model.json"), planURL = dir.appendingPathComponent("plan.json")
        try model.encoded().write(to: modelURL)
        try plan.encoded().write(to: planURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, modelURL.path, planURL.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus == 0, output)
    }

    /// Records a test issue unless the checker calls the plan feasible.
    static func expectFeasible(_ model: PlanningModel, _ plan: PlanResult, _ label: String,
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let verdict = try verify(model, plan)
        #expect(verdict.feasible, "\(label): \(verdict.output)", sourceLocation: sourceLocation)
    }
}
