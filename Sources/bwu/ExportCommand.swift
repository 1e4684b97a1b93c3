import ArgumentParser
import BWUPersistence
import BWUServer
import Fluent
import Foundation
import Vapor

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export programme data.", subcommands: [OCDS.self])

    struct OCDS: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ocds",
            abstract: "Write grants, milestones and payments as an Open Contracting Data Standard release package (JSON).")

        @OptionGroup var db: DatabaseOptions

        @ArgumentParser.Option(name: .shortAndLong, help: "File to write; standard output when omitted.")
        var output: String?

        func run() async throws {
            var configuration = try db.configuration()
            configuration.autoMigrate = false
            let package = try await Application.withConfigured(configuration) { app in
                try await OpenDataService(ServiceContext(database: app.db)).package(uri: "bwu export ocds")
            }
            let text = package.serialized + "\n"
            if let output {
                try text.write(toFile: output, atomically: true, encoding: .utf8)
                if case .object(let fields) = package, case .array(let releases)? = fields["releases"] {
                    printError("bwu: wrote \(releases.count) OCDS releases to \(output)")
                }
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }
    }
}
