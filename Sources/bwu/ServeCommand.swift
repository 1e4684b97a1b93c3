import ArgumentParser
import BWUPersistence
import BWUServer
import Vapor

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Migrate the database and serve the API (and, with --demo, seed demo data first).")

    @OptionGroup var db: DatabaseOptions

    @ArgumentParser.Option(name: .long, help: "Address to listen on.")
    var hostname = "127.0.0.1"

    @ArgumentParser.Option(name: .long, help: "Port to listen on.")
    var port = 8080

    @ArgumentParser.Flag(name: .long, help: "Seed the demo programme if the database is empty, and print the demo logins.")
    var demo = false

    func run() async throws {
        let configuration = try db.configuration(hostname: hostname, port: port)
        let app = try await Application.make(Environment(name: "production", arguments: ["bwu", "serve"]))
        do {
            try await configure(app, configuration)
            say("bwu: database \(configuration.database), migrated")
            let interrupted = try await PlanRunService(ServiceContext(database: app.db)).failInterrupted()
            if interrupted > 0 { say("bwu: \(interrupted) plan run(s) left unfinished by a stopped server marked failed") }
            if demo {
                if let logins = try await DemoSeed.run(on: app.db, passwordCost: configuration.passwordCost) {
                    say("bwu: seeded the demo programme")
                    printLogins(logins)
                } else {
                    say("bwu: database already holds data; demo seed skipped (demo logins use password '\(DemoSeed.password)')")
                }
            }
            say("bwu: serving on http://\(hostname):\(port)  (API under /api/v1, document at /openapi.yaml)")
            try await app.execute()
            try await app.asyncShutdown()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}

func printLogins(_ logins: [DemoSeed.Login]) {
    say("Demo logins (password for all: \(DemoSeed.password) — demo only):")
    for login in logins {
        say("  \(login.email.padding(toLength: 34, withPad: " ", startingAt: 0)) \(login.roles.padding(toLength: 18, withPad: " ", startingAt: 0)) \(login.organisation)")
    }
}
