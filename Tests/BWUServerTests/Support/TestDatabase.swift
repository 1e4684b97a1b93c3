import Testing
import BWUPersistence
import FluentPostgresDriver
import Foundation
import Vapor

/// The databases every API test runs on: SQLite always, PostgreSQL when the test command
/// started one and exported `BWU_TEST_POSTGRES_URL`.
enum TestDatabase: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    static var available: [TestDatabase] {
        postgresURL == nil ? [.sqlite] : [.sqlite, .postgres]
    }

    static var postgresURL: String? {
        let url = ProcessInfo.processInfo.environment["BWU_TEST_POSTGRES_URL"]
        return url?.isEmpty == false ? url : nil
    }

    var testDescription: String { rawValue }

    /// A fresh, empty database of this kind: an SQLite file in a temporary folder, or a
    /// PostgreSQL schema of its own, so tests can run in parallel without seeing each other.
    func makeSetting() async throws -> DatabaseSetting {
        switch self {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bwu-test-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return .sqlite(path: folder.appendingPathComponent("bwu.sqlite").path)
        case .postgres:
            guard let url = Self.postgresURL else { throw TestSetupError("BWU_TEST_POSTGRES_URL is not set") }
            let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            try await Self.createSchema(schema, url: url)
            return .postgres(url: url, searchPath: schema)
        }
    }

    private static func createSchema(_ schema: String, url: String) async throws {
        let app = try await Application.make(.testing)
        do {
            app.databases.use(.postgres(configuration: try SQLPostgresConfiguration(url: url)), as: .psql)
            try await (app.db as! any SQLDatabase).raw("CREATE SCHEMA \(unsafeRaw: schema)").run()
            try await app.asyncShutdown()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}

struct TestSetupError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
