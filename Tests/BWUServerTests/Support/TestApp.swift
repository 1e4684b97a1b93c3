import BWUDomain
import BWUPersistence
@testable import BWUServer
import Foundation
import Testing
import Vapor
import VaporTesting

/// The moment every test lives in: the clock is pinned so timestamps and token expiry are stable.
let pinnedNow = Date(timeIntervalSince1970: 1_790_000_000)  // 2026-09-21

/// Builds the app through the same `configure` as `bwu serve`, on a fresh database, optionally
/// with the demo programme, runs `body`, and shuts down.
func withTestApp(
    _ database: TestDatabase, demo: Bool = true, poolSize: Int = 4,
    _ body: (TestAPI) async throws -> Void
) async throws {
    let setting = try await database.makeSetting()
    let configuration = AppConfiguration(
        database: setting, poolSize: poolSize, maxBodyBytes: 256 * 1024, passwordCost: 4, now: { pinnedNow })
    let app = try await Application.make(.testing)
    do {
        try await configure(app, configuration)
        if demo { _ = try await DemoSeed.run(on: app.db, passwordCost: 4, now: { pinnedNow }) }
        try await body(TestAPI(app: app, configuration: configuration))
        try await app.asyncShutdown()
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
}

/// A small client over the in-process app: JSON in, status and JSON out.
struct TestAPI: Sendable {
    let app: Application
    let configuration: AppConfiguration

    struct Reply: Sendable {
        let status: HTTPStatus
        let headers: HTTPHeaders
        let body: String

        var json: Any? { try? JSONSerialization.jsonObject(with: Data(body.utf8)) }
        var object: [String: Any] { json as? [String: Any] ?? [:] }
        var array: [[String: Any]] { json as? [[String: Any]] ?? [] }
        var items: [[String: Any]] { object["items"] as? [[String: Any]] ?? [] }
        var isProblem: Bool { headers.contentType?.description.hasPrefix("application/problem+json") == true }
    }

    func request(
        _ method: HTTPMethod, _ path: String, token: String? = nil, json: Any? = nil, rawBody: String? = nil,
        headers extra: [(String, String)] = [], live: Bool = false
    ) async throws -> Reply {
        var headers = HTTPHeaders()
        if let token { headers.bearerAuthorization = BearerAuthorization(token: token) }
        for (name, value) in extra { headers.add(name: name, value: value) }
        var body: ByteBuffer?
        if let json {
            body = ByteBuffer(data: try JSONSerialization.data(withJSONObject: json))
        } else if let rawBody {
            body = ByteBuffer(string: rawBody)
        }
        if body != nil, headers.contentType == nil { headers.contentType = .json }
        var reply: Reply?
        // In-memory requests skip the HTTP server's body limit; `live` goes through a real socket.
        let tester = try app.testing(method: live ? .running(hostname: "127.0.0.1", port: 0) : .inMemory)
        try await tester.test(method, "/api/v1" + path, headers: headers, body: body) { response in
            reply = Reply(status: response.status, headers: response.headers, body: response.body.string)
        }
        return reply!
    }

    /// Signs a demo user in and returns the bearer token.
    func signIn(_ email: String, password: String = DemoSeed.password) async throws -> String {
        let reply = try await request(.POST, "/session", json: ["email": email, "password": password])
        guard reply.status == .created, let token = reply.object["token"] as? String else {
            throw TestSetupError("sign-in of \(email) failed: \(reply.status) \(reply.body)")
        }
        return token
    }

    var services: ServiceContext { ServiceContext(database: app.db, now: { pinnedNow }) }
}

enum Demo {
    static let admin = "admin@bwu.demo"
    static let officer = "programme.officer@bwu.demo"
    static let finance = "finance.officer@bwu.demo"
    static let defence = "reviewer.defence@bwu.demo"
    static let industry = "reviewer.industry@bwu.demo"
    static let foreign = "reviewer.foreign@bwu.demo"
    static let auditor = "auditor@bwu.demo"
    static let afu = "afu@bwu.demo"
    static let supplier = "jutland.composites@bwu.demo"
    static let dnipro = "dnipro@bwu.demo"
    static let lviv = "lviv@bwu.demo"
}

/// A complete, valid application body; tests change one field at a time.
func applicationBody(programmeID: String, title: String = "Loitering munition assembly", amount: String = "3000000.00") -> [String: Any] {
    [
        "programmeId": programmeID, "title": title, "siteAddress": "Industrivej 9, 7100 Vejle", "municipality": "Vejle",
        "productLines": [["name": "Loitering munition", "category": "ML4", "capacityPerMonth": 60]],
        "requestedAmount": ["amount": amount, "currency": "DKK"],
        "milestones": [
            ["description": "Line installed", "amount": "1000000.00", "dueDate": "2027-01-31", "evidenceRequired": "Installation protocol"],
            ["description": "First lot accepted", "amount": subtract(amount, "1000000.00"), "dueDate": "2027-06-30", "evidenceRequired": "AFU acceptance"],
        ],
        "deliveryCommitment": "1,200 units per year to the Armed Forces of Ukraine",
    ]
}

/// Decimal-string subtraction for two-decimal amounts, so bodies stay exact.
func subtract(_ a: String, _ b: String) -> String {
    func minor(_ s: String) -> Int64 { Int64(s.replacingOccurrences(of: ".", with: ""))! }
    let value = minor(a) - minor(b)
    return "\(value / 100).\(String(format: "%02lld", value % 100))"
}
