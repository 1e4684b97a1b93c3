import ArgumentParser
import BWUPlanning
import BWUResilience
import Foundation

extension OriginBasis: ExpressibleByArgument {}

/// `bwu resilience MODEL.json`: single points of failure, origin of value,
/// disruption ranking and custom what-ifs (see `docs/resilience.md`).
public struct ResilienceCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "resilience",
        abstract: "Where the supply chain breaks: single sources, origin of value, disruptions, what-ifs.",
        discussion: """
            Plans the model, then re-plans it without each supplier, each supplier \
            country and each facility location (on all cores), and runs the what-ifs \
            of --scenarios. A malformed model or scenario file is refused with the \
            JSON path of the problem and exit code 1.
            """)

    @Argument(help: "The model (bwu-plan/1 JSON). Use - for standard input.")
    var model: String

    @Option(help: "Allied countries for origin of value, comma-separated; EU and EEA expand. Default: EU,EEA,UA.")
    var allied: String?

    @Option(help: "Allied share of value below which an end item is flagged (0…1).")
    var threshold = 0.65

    @Option(help: "Source of each item the origin follows: planned (plan's mix, else cheapest) or cheapest.")
    var originBasis: OriginBasis = .planned

    @Option(help: "What-if scenarios (bwu-scenarios/1 JSON).")
    var scenarios: String?

    @Option(help: "Disruptions to rank, comma-separated: supplier, country, location, or none.")
    var disruptions = "supplier,country,location"

    @Flag(help: "Plan every scenario's model from the start instead of reusing the baseline plan.")
    var fullReplan = false

    @Flag(help: "Plan the baseline and every scenario as `bwu plan --thorough` does (as the server's resilience figures are).")
    var thorough = false

    @Flag(help: "Print the report as JSON (bwu-resilience/1).")
    var json = false

    @Option(help: "Entries of each list in the terminal report.")
    var limit = 10

    public init() {}

    public func validate() throws {
        guard (0...1).contains(threshold) else { throw ValidationError("--threshold must be between 0 and 1") }
        _ = try disruptionKinds()
    }

    private func disruptionKinds() throws -> Set<DisruptionKind> {
        var kinds: Set<DisruptionKind> = []
        for name in disruptions.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where name != "none" {
            guard let kind = DisruptionKind(rawValue: name) else {
                throw ValidationError("--disruptions: unknown kind '\(name)' (supplier, country, location, none)")
            }
            kinds.insert(kind)
        }
        return kinds
    }

    public func run() throws {
        let clock = ContinuousClock()
        let started = clock.now
        let parsed: PlanningModel
        do {
            parsed = try PlanningModel.decode(from: try CLIFiles.read(model))
        } catch let error as ModelError {
            CLIFiles.printError("invalid model: \(error)")
            throw ExitCode(1)
        }
        var options = ResilienceOptions(threshold: threshold, originBasis: originBasis)
        if let allied { options.allied = AlliedCountries.parse(allied) }
        options.disruptionKinds = try disruptionKinds()
        options.incremental = !fullReplan
        if let scenarios {
            do {
                options.whatIfs = try ScenarioFile.decode(from: try CLIFiles.read(scenarios), model: parsed).scenarios
            } catch let error as ScenarioError {
                CLIFiles.printError("invalid scenario file: \(error)")
                throw ExitCode(1)
            }
        }
        CLIFiles.progress("planning the baseline…")
        let analyzer = try ResilienceAnalyzer(model: parsed, options: PlanOptions(thorough: thorough))
        let step = max(1, analyzer.disruptions(kinds: options.disruptionKinds).count / 20)
        var report: ResilienceReport
        do {
            report = try analyzer.report(options: options) { done, total in
                if done % step == 0 || done == total { CLIFiles.progress("scenarios \(done)/\(total)") }
            }
        } catch {
            CLIFiles.printError("a what-if makes the model invalid: \(error)")
            throw ExitCode(1)
        }
        report.run.seconds = (clock.now - started).seconds
        if json {
            FileHandle.standardOutput.write(report.encoded())
            FileHandle.standardOutput.write(Data("\n".utf8))
        } else {
            print(report.text(limit: limit))
        }
    }
}
