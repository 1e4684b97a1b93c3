import BWUDomain
import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation

/// Where bwu keeps its data: one SQLite file by default, or PostgreSQL for production and
/// scale-out. Parsed once at start-up; a malformed setting is refused by name.
public enum DatabaseSetting: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(url: String, searchPath: String?)

    public static let defaultSQLitePath = "bwu.sqlite"

    /// - Parameters:
    ///   - url: `DATABASE_URL`, e.g. `sqlite:///var/lib/bwu.sqlite` or `postgres://user@host:5432/db`.
    ///   - path: `--database PATH`, an SQLite file; used when no URL is given.
    /// - Throws: ``DomainError`` naming `DATABASE_URL` for an unsupported scheme.
    public static func resolve(url: String?, path: String?) throws -> DatabaseSetting {
        if let url, !url.isEmpty {
            if url.hasPrefix("sqlite://") {
                let file = String(url.dropFirst("sqlite://".count))
                guard !file.isEmpty else { throw DomainError.invalid("DATABASE_URL", "sqlite:// needs a file path") }
                return .sqlite(path: file)
            }
            if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
                return .postgres(url: url, searchPath: nil)
            }
            throw DomainError.invalid("DATABASE_URL", "expected sqlite:///path or postgres://…, got '\(url.prefix(20))…'")
        }
        return .sqlite(path: path ?? defaultSQLitePath)
    }

    public var description: String {
        switch self {
        case .sqlite(let path): "SQLite file \(path)"
        case .postgres(let url, _):
            // Never print a password.
            "PostgreSQL " + (url.split(separator: "@").last.map(String.init) ?? "")
        }
    }

    /// Registers the database as Fluent's default.
    /// - Parameter poolSize: connections per event loop (PostgreSQL); SQLite ignores it.
    public func register(on databases: Databases, poolSize: Int = 4) throws {
        switch self {
        case .sqlite(let path):
            databases.use(.sqlite(.file(path), maxConnectionsPerEventLoop: 1), as: .sqlite)
        case .postgres(let url, let searchPath):
            var configuration = try SQLPostgresConfiguration(url: url)
            if let searchPath { configuration.searchPath = [searchPath] }
            databases.use(.postgres(configuration: configuration, maxConnectionsPerEventLoop: poolSize), as: .psql)
        }
    }
}

extension Database {
    /// Settings that make SQLite behave for a multi-connection server; a no-op elsewhere.
    public func prepareForUse() async throws {
        guard let sql = self as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
        // WAL lets readers run while one writer commits; foreign keys are off by default in SQLite.
        try await sql.raw("PRAGMA journal_mode = WAL").run()
        try await sql.raw("PRAGMA foreign_keys = ON").run()
    }
}
