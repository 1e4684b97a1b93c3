import ArgumentParser
import BWUServer
import Foundation

/// `--database` and friends, shared by every command that opens the database.
struct DatabaseOptions: ParsableArguments {
    @ArgumentParser.Option(name: .long, help: "SQLite file to use when DATABASE_URL is not set.")
    var database: String = "bwu.sqlite"

    func configuration(hostname: String = "127.0.0.1", port: Int = 8080) throws -> AppConfiguration {
        do {
            return try AppConfiguration.fromEnvironment(databasePath: database, hostname: hostname, port: port)
        } catch {
            throw ValidationError("\(error)")
        }
    }
}

/// Prints to standard error, where progress and diagnostics belong.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Prints a line to standard output at once: `print` is block-buffered when piped, and the URL
/// and logins of a long-running server must not wait in a buffer.
func say(_ message: String) {
    FileHandle.standardOutput.write(Data((message + "\n").utf8))
}
