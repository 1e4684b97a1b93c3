import ArgumentParser
import BWUDomain
import BWUPersistence
import BWUPlanningCLI
import BWUServer
import Fluent
import Foundation
import Vapor

/// `bwu plan`: plans a model file (the planning engine's own command), or, with
/// `--from-database`, starts a plan run on a manufacturer's stored data exactly as
/// `POST /api/v1/plan-runs` does, recording the input snapshot and the result.
struct PlanRootCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan a bwu-plan/1 model file, or a manufacturer's stored data (--from-database).",
        discussion: PlanCommand.configuration.discussion + """

            With --from-database --organisation NAME the model is built from the database \
            (product data and open demands) and the run is stored like a run started through the API.
            """)

    @ArgumentParser.Argument(help: "The model (bwu-plan/1 JSON); - for standard input. Not used with --from-database.")
    var model: String?

    @ArgumentParser.Option(name: .shortAndLong, help: "Where to write the plan.")
    var output: String?

    @ArgumentParser.Flag(help: "Print the summary as JSON.")
    var json = false

    @ArgumentParser.Flag(help: ArgumentHelp(PlanCommand.thoroughHelp))
    var thorough = false

    @ArgumentParser.Flag(help: ArgumentHelp(PlanCommand.lpGuidedHelp))
    var lpGuided = false

    @ArgumentParser.Flag(help: "Plan a manufacturer's stored data instead of a model file.")
    var fromDatabase = false

    @ArgumentParser.Option(help: "With --from-database: the manufacturer's name or id.")
    var organisation: String?

    @OptionGroup var db: DatabaseOptions

    func validate() throws {
        if fromDatabase {
            guard organisation != nil else { throw ValidationError("--from-database needs --organisation NAME") }
            guard model == nil else { throw ValidationError("give either a model file or --from-database, not both") }
            guard !lpGuided else { throw ValidationError("--lp-guided plans model files; stored runs are planned as the server plans them") }
        } else if model == nil {
            throw ValidationError("give a model file (or - for standard input), or --from-database --organisation NAME")
        }
    }

    func run() async throws {
        guard fromDatabase, let organisation else {
            var arguments = [model ?? "-"]
            if let output { arguments += ["-o", output] }
            if json { arguments.append("--json") }
            if thorough { arguments.append("--thorough") }
            if lpGuided { arguments.append("--lp-guided") }
            let command = try PlanCommand.parse(arguments)
            try command.run()
            return
        }
        let outcome = try await Application.withConfigured(try db.configuration()) { app in
            let service = PlanRunService(ServiceContext(database: app.db))
            let run = try await service.start(organisationID: try await service.manufacturer(named: organisation), actor: .system)
            printError("bwu plan: run \(run.id) planning \(run.demands) demands of \(organisation)")
            await service.execute(run.id)
            return (try await service.get(run.id, actor: .system), try await service.documents(run.id, actor: .system).plan)
        }
        let (run, plan) = outcome
        guard run.status == .succeeded, let plan else {
            printError("bwu plan: run \(run.id) failed: \(run.error ?? "unknown error")")
            throw ExitCode(1)
        }
        if let output { try Data((plan + "\n").utf8).write(to: URL(fileURLWithPath: output)) }
        let fill = { (value: Double?) in value.map { String(format: "%.1f%%", $0 * 100) } ?? "-" }
        if json {
            say("{\"planRun\":\"\(run.id)\",\"demands\":\(run.demands),\"unmet\":\(run.unmet),\"onTimeFill\":\(run.onTimeFill ?? 0),\"fill\":\(run.fill ?? 0)}")
        } else {
            say("plan run \(run.id): \(run.demands) demands, on-time fill \(fill(run.onTimeFill)), fill \(fill(run.fill)), \(run.unmet) late or short")
            if output == nil { say(plan) }
        }
    }
}
