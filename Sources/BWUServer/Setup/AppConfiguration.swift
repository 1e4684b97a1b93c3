import BWUPersistence
import Foundation

/// Everything `bwu serve` needs, validated once at start-up. Tests build the app from the same value.
public struct AppConfiguration: Sendable {
    public var database: DatabaseSetting
    public var hostname: String
    public var port: Int
    /// PostgreSQL connections per event loop.
    public var poolSize: Int
    /// Largest accepted request body (evidence files travel base64-encoded in JSON).
    public var maxBodyBytes: Int
    /// Migrate the database on start.
    public var autoMigrate: Bool
    /// Bcrypt cost for new passwords: 12 in production; tests lower it to stay fast.
    public var passwordCost: Int
    /// Clock used by every service; tests pin it.
    public var now: @Sendable () -> Date

    public init(
        database: DatabaseSetting, hostname: String = "127.0.0.1", port: Int = 8080, poolSize: Int = 4,
        maxBodyBytes: Int = 8 * 1024 * 1024, autoMigrate: Bool = true, passwordCost: Int = 12, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.database = database
        self.hostname = hostname
        self.port = port
        self.poolSize = poolSize
        self.maxBodyBytes = maxBodyBytes
        self.autoMigrate = autoMigrate
        self.passwordCost = passwordCost
        self.now = now
    }

    /// Reads `DATABASE_URL` and `BWU_DB_POOL` from the environment, with `--database` as fallback.
    public static func fromEnvironment(
        databasePath: String?, hostname: String, port: Int, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> AppConfiguration {
        let database = try DatabaseSetting.resolve(url: environment["DATABASE_URL"], path: databasePath)
        var poolSize = 4
        if let text = environment["BWU_DB_POOL"] {
            guard let value = Int(text), (1...64).contains(value) else {
                throw ConfigurationError(setting: "BWU_DB_POOL", reason: "expected a number from 1 to 64, got '\(text)'")
            }
            poolSize = value
        }
        guard (1...65535).contains(port) else {
            throw ConfigurationError(setting: "--port", reason: "expected 1 to 65535, got \(port)")
        }
        return AppConfiguration(database: database, hostname: hostname, port: port, poolSize: poolSize)
    }
}

public struct ConfigurationError: Error, CustomStringConvertible {
    public let setting: String
    public let reason: String
    public var description: String { "\(setting): \(reason)" }
}
