import ArgumentParser
import BWUPersistence
import BWUServer
import Fluent
import Vapor

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Work with the tamper-evident audit log.", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recompute the audit log's hash chain; exit 1 and name the first altered or missing entry.")

        @OptionGroup var db: DatabaseOptions

        @ArgumentParser.Flag(name: .long, help: "Print the result as JSON.")
        var json = false

        func run() async throws {
            var configuration = try db.configuration()
            configuration.autoMigrate = false
            let result = try await Application.withConfigured(configuration) { app in
                try await AuditService(ServiceContext(database: app.db)).verify()
            }
            if json {
                let brokenSequence = result.break.map { String($0.sequence) } ?? "null"
                let detail = result.break.map { "\"\($0.description.replacingOccurrences(of: "\"", with: "'"))\"" } ?? "null"
                print("{\"intact\":\(result.break == nil),\"entriesChecked\":\(result.checked),\"brokenSequence\":\(brokenSequence),\"firstBreak\":\(detail)}")
            } else if let found = result.break {
                print("audit log BROKEN after checking \(result.checked) entries: \(found)")
            } else {
                print("audit log intact: \(result.checked) entries, hash chain verified")
            }
            if result.break != nil { throw ExitCode(1) }
        }
    }
}
