import ArgumentParser
import BWUPlanningCLI

@main
struct BWU: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bwu",
        abstract: "Build with Ukraine: the co-production programme from envelope to accepted delivery.",
        subcommands: [
            ServeCommand.self, MigrateCommand.self, SeedCommand.self, AuditCommand.self, ExportCommand.self,
            PlanRootCommand.self, GenerateCommand.self, BenchCommand.self, ResilienceCommand.self,
        ])
}
