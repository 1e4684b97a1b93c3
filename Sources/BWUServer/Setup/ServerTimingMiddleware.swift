import Vapor

/// Adds the W3C `Server-Timing` header to every response: the time the server spent from
/// receiving the request to having the response ready (routing, database, rendering).
/// Browsers show it in their developer tools, and `tools/page_times.py` reads it to check
/// the pages' 50 ms budget without counting the network or the client.
struct ServerTimingMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next.respond(to: request)
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        response.headers.replaceOrAdd(name: "Server-Timing", value: "app;dur=\(String(format: "%.2f", milliseconds))")
        return response
    }
}
