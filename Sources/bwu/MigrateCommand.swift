import ArgumentParser
import BWUServer
import Vapor

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Create or upgrade the database schema.")

    @OptionGroup var db: DatabaseOptions

    func run() async throws {
        let configuration = try db.configuration()
        try await Application.withConfigured(configuration) { _ in }
        print("bwu: \(configuration.database) is migrated")
    }
}

struct SeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "seed", abstract: "Fill an empty database with data.")

    @OptionGroup var db: DatabaseOptions

    @ArgumentParser.Flag(name: .long, help: "Seed the realistic demo programme (required: it is the only seed there is).")
    var demo = false

    func validate() throws {
        guard demo else { throw ValidationError("say --demo: the demo programme is the only seed") }
    }

    func run() async throws {
        let configuration = try db.configuration()
        let logins = try await Application.withConfigured(configuration) { app in
            try await DemoSeed.run(on: app.db, passwordCost: configuration.passwordCost)
        }
        guard let logins else {
            printError("bwu seed: the database already holds data; nothing was changed")
            throw ExitCode(1)
        }
        print("bwu: seeded the demo programme into \(configuration.database)")
        printLogins(logins)
    }
}
