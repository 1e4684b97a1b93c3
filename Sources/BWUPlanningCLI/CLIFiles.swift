import ArgumentParser
import Foundation

/// File and terminal helpers shared by the planning commands.
enum CLIFiles {
    static func read(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            printError("cannot read \(path): \(error.localizedDescription)")
            throw ExitCode(2)
        }
    }

    static func write(_ data: Data, to path: String) throws {
        do {
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            printError("cannot write \(path): \(error.localizedDescription)")
            throw ExitCode(2)
        }
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Progress lines go to standard error only when a person is watching it.
    static let showsProgress = isatty(STDERR_FILENO) != 0

    static func progress(_ text: String) {
        if showsProgress { printError(text) }
    }
}
