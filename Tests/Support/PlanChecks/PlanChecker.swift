import BWUPlanning
import Foundation

/// Runs `shared/tools/verify_plan.py` (the independent checker) on plans made in tests; shared
/// by every test target that plans. Many pairs go through one Python process so the randomized
/// test stays fast.
public enum PlanChecker {
    public struct Verdict: Decodable, Sendable {
        public var feasible: Bool
        public var errors: [String]
    }

    /// `../shared/tools/verify_plan.py` beside the package root, found from this file (symlinks
    /// resolved): PlanChecker.swift, PlanChecks, Support, Tests, then the package root.
    static let script: URL = {
        var root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        for _ in 0..<4 { root.deleteLastPathComponent() }
        return root.appendingPathComponent("../shared/tools/verify_plan.py").standardizedFileURL
    }()

    /// Checks every (model, plan) pair; returns one verdict per pair, in order.
    public static func verify(_ pairs: [(PlanningModel, PlanResult)]) throws -> [Verdict] {
        try verify(json: pairs.map { ($0.0.encoded(), $0.1.encoded()) })
    }

    /// Checks every (model JSON, plan JSON) pair; returns one verdict per pair, in order.
    public static func verify(json pairs: [(model: Data, plan: Data)]) throws -> [Verdict] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bwu-verify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var list = ""
        for (n, (model, plan)) in pairs.enumerated() {
            let m = dir.appendingPathComponent("model\(n).json"), p = dir.appendingPathComponent("plan\(n).json")
            try model.write(to: m)
            try plan.write(to: p)
            list += "\(m.path)\t\(p.path)\n"
        }
        let listFile = dir.appendingPathComponent("pairs.tsv")
        try list.write(to: listFile, atomically: true, encoding: .utf8)
        // Import the checker as a module and run its verify() on each pair.
        let driver = """
            import json, sys
            sys.path.insert(0, sys.argv[1])
            import verify_plan
            for line in open(sys.argv[2]):
                m, p = line.rstrip("\\n").split("\\t")
                errors, _ = verify_plan.verify(json.load(open(m)), json.load(open(p)))
                print(json.dumps({"feasible": not errors, "errors": errors[:5]}))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", driver, script.deletingLastPathComponent().path, listFile.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CheckerFailure(status: process.terminationStatus) }
        return try String(decoding: data, as: UTF8.self).split(separator: "\n")
            .map { try JSONDecoder().decode(Verdict.self, from: Data($0.utf8)) }
    }

    /// Plans `model` and checks the plan; returns the plan and the checker's verdict.
    public static func planAndVerify(_ model: PlanningModel, options: PlanOptions = PlanOptions()) throws -> (PlanResult, Verdict) {
        let plan = try Planner.plan(model, options: options)
        return (plan, try verify([(model, plan)])[0])
    }

    public struct CheckerFailure: Error { public var status: Int32 }
}
