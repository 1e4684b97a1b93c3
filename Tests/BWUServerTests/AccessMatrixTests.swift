import Foundation
import Testing
import Vapor

/// Every endpoint × every role × own/other organisation: the expected outcome, and never
/// another organisation's data.
@Suite struct AccessMatrixTests {
    /// What a role may get from an endpoint. `allowed` means access control let the request
    /// through (2xx, or a 409/422 about the state or input); the others are the refusals.
    enum Outcome: String { case allowed, forbidden, hidden, unauthenticated }

    enum Who: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case admin, officer, finance, reviewer, auditor, customer, supplier, ownManufacturer, otherManufacturer, anonymous
        var testDescription: String { rawValue }

        var email: String? {
            switch self {
            case .admin: Demo.admin
            case .officer: Demo.officer
            case .finance: Demo.finance
            case .reviewer: Demo.foreign
            case .auditor: Demo.auditor
            case .customer: Demo.afu
            case .supplier: Demo.supplier
            case .ownManufacturer: Demo.dnipro
            case .otherManufacturer: Demo.lviv
            case .anonymous: nil
            }
        }
    }

    /// Ids of the demo records the matrix aims at; "own" is Dnipro Aerosystems throughout.
    struct Fixture: Sendable {
        var programme = "", grantedApplication = "", draft = "", awaitingForeignAffairs = "", approved = ""
        var grant = "", verifiedMilestone = "", pendingEvidenceMilestone = "", openMilestone = "", office = ""
    }

    struct Endpoint: Sendable {
        let name: String
        let method: HTTPMethod
        let path: @Sendable (Fixture) -> String
        var body: (@Sendable (Fixture) -> [String: Any])? = nil
        var headers: [(String, String)] = []
        let allowed: Set<Who>
        /// Roles that read this kind of record but not this one: they must get 404.
        var hidden: Set<Who> = []
    }

    static let readers: Set<Who> = [.admin, .officer, .finance, .auditor, .ownManufacturer, .otherManufacturer]
    static let everyone = Set(Who.allCases).subtracting([.anonymous])

    static let endpoints: [Endpoint] = [
        Endpoint(name: "me", method: .GET, path: { _ in "/me" }, allowed: everyone),
        Endpoint(name: "list organisations", method: .GET, path: { _ in "/organisations" }, allowed: everyone),
        Endpoint(name: "create organisation", method: .POST, path: { _ in "/organisations" },
                 body: { _ in ["name": "Matrix Org \(UUID())", "kind": "supplier", "country": "FI"] }, allowed: [.admin]),
        Endpoint(name: "list users", method: .GET, path: { _ in "/users" }, allowed: [.admin, .auditor]),
        Endpoint(name: "create user", method: .POST, path: { _ in "/users" },
                 body: { f in ["organisationId": f.office, "email": "u\(UUID())@bwu.demo", "name": "New", "password": "long-enough-password", "roles": ["auditor"]] },
                 allowed: [.admin]),
        Endpoint(name: "list programmes", method: .GET, path: { _ in "/programmes" }, allowed: everyone),
        Endpoint(name: "create programme", method: .POST, path: { _ in "/programmes" },
                 body: { _ in ["name": "Build with Ukraine — \(UUID())", "currency": "DKK"] }, allowed: [.admin]),
        Endpoint(name: "get programme", method: .GET, path: { f in "/programmes/\(f.programme)" }, allowed: everyone),
        Endpoint(name: "list funding sources", method: .GET, path: { f in "/programmes/\(f.programme)/funding-sources" }, allowed: everyone),
        Endpoint(name: "add funding source", method: .POST, path: { f in "/programmes/\(f.programme)/funding-sources" },
                 body: { _ in ["donor": "Kingdom of Norway", "legalBasis": "Nansen support programme", "amount": ["amount": "1000000.00", "currency": "DKK"]] },
                 allowed: [.admin, .officer]),
        Endpoint(name: "ledger", method: .GET, path: { _ in "/ledger/transactions" }, allowed: [.admin, .officer, .finance, .auditor]),
        Endpoint(name: "list applications", method: .GET, path: { _ in "/applications" }, allowed: readers.union([.reviewer])),
        Endpoint(name: "create application", method: .POST, path: { _ in "/applications" },
                 body: { f in applicationBody(programmeID: f.programme) }, allowed: [.ownManufacturer, .otherManufacturer]),
        Endpoint(name: "get submitted application", method: .GET, path: { f in "/applications/\(f.grantedApplication)" },
                 allowed: readers.union([.reviewer]).subtracting([.otherManufacturer]), hidden: [.otherManufacturer]),
        Endpoint(name: "get draft", method: .GET, path: { f in "/applications/\(f.draft)" },
                 allowed: [.ownManufacturer], hidden: readers.union([.reviewer]).subtracting([.ownManufacturer])),
        Endpoint(name: "update draft", method: .PUT, path: { f in "/applications/\(f.draft)" },
                 body: { _ in var b = applicationBody(programmeID: ""); b.removeValue(forKey: "programmeId"); return b },
                 allowed: [.ownManufacturer], hidden: [.otherManufacturer]),
        Endpoint(name: "submit draft", method: .POST, path: { f in "/applications/\(f.draft)/submission" },
                 allowed: [.ownManufacturer], hidden: [.otherManufacturer]),
        Endpoint(name: "review", method: .POST, path: { f in "/applications/\(f.awaitingForeignAffairs)/reviews" },
                 body: { _ in ["verdict": "approve", "reason": "Export licensable"] }, allowed: [.reviewer]),
        Endpoint(name: "list grants", method: .GET, path: { _ in "/grants" }, allowed: readers),
        Endpoint(name: "create grant", method: .POST, path: { _ in "/grants" },
                 body: { f in ["applicationId": f.approved] }, allowed: [.officer]),
        Endpoint(name: "get grant", method: .GET, path: { f in "/grants/\(f.grant)" },
                 allowed: readers.subtracting([.otherManufacturer]), hidden: [.otherManufacturer]),
        Endpoint(name: "list evidence", method: .GET, path: { f in "/grants/\(f.grant)/milestones/\(f.pendingEvidenceMilestone)/evidence" },
                 allowed: readers.subtracting([.otherManufacturer]), hidden: [.otherManufacturer]),
        Endpoint(name: "submit evidence", method: .POST, path: { f in "/grants/\(f.grant)/milestones/\(f.openMilestone)/evidence" },
                 body: { _ in ["description": "Delivery records", "reference": "DOC-9"] },
                 allowed: [.ownManufacturer], hidden: [.otherManufacturer]),
        Endpoint(name: "verify milestone", method: .POST, path: { f in "/grants/\(f.grant)/milestones/\(f.pendingEvidenceMilestone)/verification" },
                 body: { _ in ["decision": "verify", "reason": "Checked"] }, allowed: [.officer]),
        Endpoint(name: "disburse milestone", method: .POST, path: { f in "/grants/\(f.grant)/milestones/\(f.verifiedMilestone)/disbursement" },
                 headers: [("Idempotency-Key", "matrix")], allowed: [.finance]),
        Endpoint(name: "list disbursements", method: .GET, path: { _ in "/disbursements" }, allowed: readers),
        Endpoint(name: "audit entries", method: .GET, path: { _ in "/audit/entries" }, allowed: [.admin, .officer, .auditor]),
        Endpoint(name: "audit verification", method: .GET, path: { _ in "/audit/verification" }, allowed: [.admin, .officer, .auditor]),
        Endpoint(name: "sign out", method: .DELETE, path: { _ in "/session" }, allowed: everyone),
    ]

    @Test(arguments: Who.allCases)
    func everyEndpointAnswersThisRoleAsExpected(_ who: Who) async throws {
        try await withTestApp(.sqlite) { api in
            let fixture = try await Self.fixture(api)
            let ownOrganisation = try await Self.organisationID(of: Demo.dnipro, api)
            var token: String?
            var myOrganisation: String?
            if let email = who.email {
                token = try await api.signIn(email)
                myOrganisation = try await Self.organisationID(of: email, api)
            }

            for endpoint in Self.endpoints {
                let reply = try await api.request(
                    endpoint.method, endpoint.path(fixture), token: token, json: endpoint.body?(fixture), headers: endpoint.headers)
                let expected: Outcome = who == .anonymous ? .unauthenticated
                    : endpoint.allowed.contains(who) ? .allowed
                    : endpoint.hidden.contains(who) ? .hidden : .forbidden
                let got = Self.outcome(reply.status)
                #expect(got == expected, "\(who) \(endpoint.name): \(reply.status) \(reply.body.prefix(200))")
                if got != .allowed {
                    #expect(reply.isProblem, "\(who) \(endpoint.name) refusal is not problem+json")
                    #expect(reply.object["id"] == nil && reply.object["items"] == nil, "\(who) \(endpoint.name) leaked data")
                }
                // A manufacturer's lists hold its own organisation's records only.
                if got == .allowed, who == .ownManufacturer || who == .otherManufacturer, let mine = myOrganisation {
                    for item in reply.items where item["organisationId"] != nil {
                        #expect(item["organisationId"] as? String == mine, "\(who) \(endpoint.name) saw another organisation's record")
                    }
                }
                // Nobody but Dnipro's own people sees Dnipro's draft in a list.
                if got == .allowed, endpoint.name == "list applications", who != .ownManufacturer {
                    #expect(!reply.items.contains { $0["status"] as? String == "draft" && $0["organisationId"] as? String == ownOrganisation })
                }
            }
        }
    }

    static func outcome(_ status: HTTPStatus) -> Outcome {
        switch status {
        case .unauthorized: .unauthenticated
        case .forbidden: .forbidden
        case .notFound: .hidden
        default: .allowed
        }
    }

    static func organisationID(of email: String, _ api: TestAPI) async throws -> String {
        let token = try await api.signIn(email)
        return try await api.request(.GET, "/me", token: token).object["organisationId"] as! String
    }

    static func fixture(_ api: TestAPI) async throws -> Fixture {
        let officer = try await api.signIn(Demo.officer)
        let dnipro = try await api.signIn(Demo.dnipro)
        var f = Fixture()
        f.programme = try await api.request(.GET, "/programmes", token: officer).array[0]["id"] as! String
        let submitted = try await api.request(.GET, "/applications?size=200", token: officer).items
        func application(_ titlePrefix: String, in list: [[String: Any]]) -> String {
            list.first { ($0["title"] as? String)?.hasPrefix(titlePrefix) == true }!["id"] as! String
        }
        f.grantedApplication = application("Reconnaissance UAV", in: submitted)
        f.awaitingForeignAffairs = application("Solid rocket propellant", in: submitted)
        f.approved = application("FPV interceptor", in: submitted)
        f.draft = application("Interceptor missile", in: try await api.request(.GET, "/applications", token: dnipro).items)
        let grant = try await api.request(.GET, "/grants", token: dnipro).items[0]
        f.grant = grant["id"] as! String
        let milestones = grant["milestones"] as! [[String: Any]]
        func milestone(_ status: String) -> String { milestones.first { $0["status"] as? String == status }!["id"] as! String }
        f.verifiedMilestone = milestone("verified")
        f.pendingEvidenceMilestone = milestone("evidence-submitted")
        f.openMilestone = milestone("open")
        let organisations = try await api.request(.GET, "/organisations", token: officer).array
        f.office = organisations.first { $0["kind"] as? String == "programme-office" }!["id"] as! String
        return f
    }
}
