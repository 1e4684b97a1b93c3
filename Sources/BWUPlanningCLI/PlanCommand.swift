import ArgumentParser
import BWUPlanning
import Foundation

/// `bwu plan MODEL.json -o PLAN.json`: plans a model and prints a summary.
public struct PlanCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan a bwu-plan/1 model and write a bwu-plan-result/1 plan.",
        discussion: """
            Without -o the plan is written to standard output and the summary to \
            standard error. A malformed model is refused with the JSON path of the \
            problem and exit code 1.
            """)

    @Argument(help: "The model (bwu-plan/1 JSON). Use - for standard input.")
    var model: String

    @Option(name: .shortAndLong, help: "Where to write the plan.")
    var output: String?

    @Flag(help: "Print the summary as JSON.")
    var json = false

    /// Shared with `bwu plan`, which passes the flag on.
    public static let thoroughHelp = "On an overloaded model, try both rankings of sources at every priority, and at the end run ahead the starts that hold the lines short demands wait for, so that a little more is on time (takes longer). Stored plan runs always do."

    @Flag(help: ArgumentHelp(Self.thoroughHelp))
    var thorough = false

    /// Shared with `bwu plan`, which passes the flag on.
    public static let lpGuidedHelp = "On an overloaded model, also plan around the supply the LP relaxation of what priority 1 leaves asks for, and keep that plan when it is better priority by priority. About 10 s at 100 end items; models over about 175 are planned without it."

    @Flag(help: ArgumentHelp(Self.lpGuidedHelp))
    var lpGuided = false

    public init() {}

    public func run() throws {
        let clock = ContinuousClock()
        let started = clock.now
        let data = try CLIFiles.read(model)
        let parsed: PlanningModel
        do {
            parsed = try PlanningModel.decode(from: data)
        } catch {
            CLIFiles.printError("invalid model: \(error)")
            throw ExitCode(1)
        }
        let decoded = clock.now
        if lpGuided {
            if parsed.fitsLPGuide {
                CLIFiles.progress("plan: solving the LP relaxation (\(parsed.lpGuideRows) rows) to guide the plan…")
            } else {
                Self.sayNotLPGuided(parsed, "plan")
            }
        }
        let (plan, guide) = try Planner.planReportingGuide(parsed, options: PlanOptions(
            thorough: thorough, lpGuided: lpGuided, onGuideIteration: Self.guideProgress("plan")))
        let planned = clock.now
        let bytes = plan.encoded()
        if let output {
            try CLIFiles.write(bytes, to: output)
        } else {
            FileHandle.standardOutput.write(bytes)
            FileHandle.standardOutput.write(Data("\n".utf8))
        }
        let summary = PlanSummary(
            model: parsed, plan: plan, guide: guide,
            decodeSeconds: (decoded - started).seconds, planSeconds: (planned - decoded).seconds,
            totalSeconds: (clock.now - started).seconds)
        let text = json ? summary.json() : summary.text()
        if output == nil {
            CLIFiles.printError(text)
        } else {
            print(text)
        }
    }
}

extension Duration {
    /// The duration in seconds as a Double.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}

extension PlanCommand {
    /// Says, whether or not on a terminal, that a model asked to be planned
    /// with the guide is planned without it: the plan is not what the flag asked for.
    static func sayNotLPGuided(_ model: PlanningModel, _ prefix: String) {
        CLIFiles.printError("\(prefix): not LP-guided: its LP would have \(model.lpGuideRows) rows, more than the \(PlanningModel.lpGuideMaximumRows) the guide solves in about a minute")
    }

    /// Shows every tenth iteration of the guide's solve on a terminal.
    static func guideProgress(_ prefix: String) -> @Sendable (Int, Double) -> Void {
        { iteration, error in
            if iteration % 10 == 0 {
                CLIFiles.progress("\(prefix): LP guide, iteration \(iteration), error \(String(format: "%.1e", error)) (done below 1e-8)")
            }
        }
    }
}
