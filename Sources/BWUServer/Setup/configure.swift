import BWUDomain
import BWUPersistence
import Fluent
import Vapor

/// Wires the application: database, migrations, middleware and routes. The CLI and the
/// tests both build the app through this one function.
public func configure(_ app: Application, _ configuration: AppConfiguration) async throws {
    app.http.server.configuration.hostname = configuration.hostname
    app.http.server.configuration.port = configuration.port
    app.routes.defaultMaxBodySize = ByteCount(value: configuration.maxBodyBytes)
    app.storage[AppConfigurationKey.self] = configuration

    try configuration.database.register(on: app.databases, poolSize: configuration.poolSize)
    app.migrations.add(BWUMigrations.all)
    try await app.db.prepareForUse()
    if configuration.autoMigrate {
        try await app.autoMigrate()
    }

    app.middleware = Middlewares()
    if app.environment != .testing {
        app.middleware.use(RouteLoggingMiddleware(logLevel: .info))
    }
    // Outermost but logging, so the figure includes error rendering too.
    app.middleware.use(ServerTimingMiddleware())
    app.middleware.use(ProblemMiddleware())
    app.middleware.use(WebErrorMiddleware())
    app.middleware.use(BearerAuthMiddleware())

    try registerRoutes(app)
    try registerWebRoutes(app)
}

struct AppConfigurationKey: StorageKey {
    typealias Value = AppConfiguration
}

extension Request {
    /// The services, bound to this request's database and the configured clock.
    var services: ServiceContext {
        let configuration: AppConfiguration? = application.storage[AppConfigurationKey.self]
        let database: any Database = self.db
        guard let configuration else { return ServiceContext(database: database) }
        return ServiceContext(database: database, now: configuration.now)
    }

    var identity: IdentityService {
        IdentityService(services, hasher: BcryptHasher(cost: application.storage[AppConfigurationKey.self]?.passwordCost ?? 12))
    }
}
