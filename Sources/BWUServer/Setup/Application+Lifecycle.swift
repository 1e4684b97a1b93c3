import Vapor

extension Application {
    /// Builds a configured application for a one-off CLI task (migrate, seed, audit), runs
    /// `body`, and always shuts it down.
    public static func withConfigured<T>(
        _ configuration: AppConfiguration, _ body: (Application) async throws -> T
    ) async throws -> T {
        // Vapor must not read bwu's own command line, so give it an empty one.
        let app = try await Application.make(Environment(name: "production", arguments: ["bwu"]))
        // A one-off command's output is its result; migration chatter stays out of it.
        app.logger.logLevel = .warning
        do {
            try await configure(app, configuration)
            let result = try await body(app)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}
