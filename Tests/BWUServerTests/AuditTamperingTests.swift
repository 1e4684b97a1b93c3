import BWUPersistence
import Fluent
import FluentSQL
import Foundation
import Testing

/// An auditor must be able to tell when anyone has edited the log behind the software's back.
@Suite struct AuditTamperingTests {
    @Test(arguments: TestDatabase.available)
    func alteringOneRowIsDetectedAndNamed(_ database: TestDatabase) async throws {
        try await withTestApp(database) { api in
            // Setup: the demo's log is intact
            let audit = AuditService(api.services)
            let before = try await audit.verify()
            #expect(before.break == nil)
            #expect(before.checked > 50)

            // Act: someone edits entry 17 in the database directly
            let sql = api.app.db as! any SQLDatabase
            try await sql.raw("UPDATE audit_entries SET details = '{\"amount\":\"1.00\"}' WHERE sequence = 17").run()

            // Check
            let after = try await audit.verify()
            #expect(after.break?.sequence == 17)
            #expect(after.break?.kind == .altered)
            let auditor = try await api.signIn(Demo.auditor)
            let reply = try await api.request(.GET, "/audit/verification", token: auditor)
            #expect(reply.object["intact"] as? Bool == false)
            #expect(reply.object["brokenSequence"] as? Int == 17)
        }
    }

    @Test func deletingAnEntryIsDetected() async throws {
        try await withTestApp(.sqlite) { api in
            let sql = api.app.db as! any SQLDatabase
            try await sql.raw("DELETE FROM audit_entries WHERE sequence = 5").run()
            let result = try await AuditService(api.services).verify()
            #expect(result.break?.sequence == 5)
            #expect(result.break?.kind == .missing)
        }
    }

    @Test func removingTheNewestEntryIsDetected() async throws {
        try await withTestApp(.sqlite) { api in
            let sql = api.app.db as! any SQLDatabase
            try await sql.raw("DELETE FROM audit_entries WHERE sequence = (SELECT MAX(sequence) FROM audit_entries)").run()
            let result = try await AuditService(api.services).verify()
            #expect(result.break?.kind == .headMismatch)
        }
    }

    /// The CLI an auditor runs: `bwu audit verify` exits non-zero and names the entry.
    @Test func cliVerifyFailsOnATamperedFile() async throws {
        let binary = productsDirectory.appendingPathComponent("bwu")
        try #require(FileManager.default.fileExists(atPath: binary.path), "build the bwu product first")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bwu-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("audit.sqlite").path

        let seeded = try run(binary, ["seed", "--demo", "--database", file])
        #expect(seeded.status == 0, "\(seeded.output)")
        let intact = try run(binary, ["audit", "verify", "--database", file])
        #expect(intact.status == 0)
        #expect(intact.output.contains("intact"))

        let tamper = try run(URL(fileURLWithPath: "/usr/bin/env"), [
            "python3", "-c",
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"UPDATE audit_entries SET actor_email='someone.else@bwu.demo' WHERE sequence=9\"); c.commit()",
            file,
        ])
        #expect(tamper.status == 0, "\(tamper.output)")

        let broken = try run(binary, ["audit", "verify", "--database", file])
        #expect(broken.status == 1)
        #expect(broken.output.contains("entry 9 altered"), "\(broken.output)")
    }
}

/// Where SwiftPM put the built products (the test bundle sits beside them).
var productsDirectory: URL {
    var url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: url.appendingPathComponent("bwu").path), url.path != "/" {
        url.deleteLastPathComponent()
    }
    return url
}

func run(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}
