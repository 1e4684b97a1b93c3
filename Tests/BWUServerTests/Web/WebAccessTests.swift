import BWUDomain
@testable import BWUServer
import Foundation
import Testing
import Vapor

/// Each demo role signs in and sees what it may; pages outside its scope answer 403 or 404.
@Suite struct WebAccessTests {
    struct Expectation: Sendable, CustomTestStringConvertible {
        let email: String
        let allowed: [String]
        let refused: [String]
        var testDescription: String { email }
    }

    static let matrix: [Expectation] = [
        .init(email: Demo.admin, allowed: ["/dashboard", "/applications", "/grants", "/ledger", "/audit", "/audit.csv", "/ledger.csv"], refused: []),
        .init(email: Demo.officer, allowed: ["/dashboard", "/applications", "/grants", "/ledger", "/audit"], refused: ["/applications/new"]),
        .init(email: Demo.finance, allowed: ["/dashboard", "/applications", "/grants", "/ledger", "/ledger.csv"], refused: ["/audit", "/audit.csv"]),
        .init(email: Demo.defence, allowed: ["/dashboard", "/applications"], refused: ["/grants", "/ledger", "/audit"]),
        .init(email: Demo.auditor, allowed: ["/dashboard", "/applications", "/grants", "/ledger", "/audit", "/audit.csv"], refused: ["/applications/new"]),
        .init(email: Demo.afu, allowed: ["/dashboard"], refused: ["/applications", "/grants", "/ledger", "/audit"]),
        .init(email: Demo.supplier, allowed: ["/dashboard"], refused: ["/applications", "/grants", "/ledger", "/audit"]),
        .init(email: Demo.dnipro, allowed: ["/dashboard", "/applications", "/applications/new", "/grants"], refused: ["/ledger", "/audit", "/ledger.csv"]),
    ]

    @Test(arguments: matrix)
    func roleSeesWhatItMayAndIsRefusedTheRest(_ expectation: Expectation) async throws {
        try await withTestApp(.sqlite) { api in
            let web = WebClient(api.app)
            try await web.signIn(expectation.email)
            for path in expectation.allowed {
                let page = try await web.get(path)
                #expect(page.status == .ok, "\(expectation.email) \(path): \(page.status)")
            }
            for path in expectation.refused {
                let page = try await web.get(path)
                #expect(page.status == .forbidden, "\(expectation.email) \(path): \(page.status)")
                #expect(page.headers.contentType == .html)
            }
            let dashboard = try await web.get("/dashboard").body
            for path in expectation.refused where ["/ledger", "/audit", "/grants"].contains(path) {
                #expect(!dashboard.contains("href=\"\(path)\""), "\(expectation.email) menu offers \(path)")
            }
        }
    }

    @Test func anotherManufacturersRecordsAreNotFound() async throws {
        try await withTestApp(.sqlite) { api in
            let officer = try await api.signIn(Demo.officer)
            let grants = try await api.request(.GET, "/grants", token: officer).items
            let dniproGrant = grants.first { ($0["title"] as? String) != nil && ($0["milestones"] as? [[String: Any]])?.count ?? 0 > 3 }!["id"] as! String
            let applicationID = grants.first { $0["id"] as? String == dniproGrant }!["applicationId"] as! String
            let lviv = WebClient(api.app)
            try await lviv.signIn(Demo.lviv)
            #expect(try await lviv.get("/grants/\(dniproGrant)").status == .notFound)
            #expect(try await lviv.get("/applications/\(applicationID)").status == .notFound)
            let dnipro = WebClient(api.app)
            try await dnipro.signIn(Demo.dnipro)
            #expect(try await dnipro.get("/grants/\(dniproGrant)").status == .ok)
            #expect(try await dnipro.get("/applications/\(UUID().uuidString)").status == .notFound)
        }
    }

    @Test func auditorSeesTheChainAndDownloadsCSV() async throws {
        try await withTestApp(.sqlite) { api in
            let web = WebClient(api.app)
            try await web.signIn(Demo.auditor)
            let audit = try await web.get("/audit?action=milestone.disbursed")
            #expect(audit.body.contains("Audit chain intact"))
            #expect(audit.body.contains("Milestone paid"))
            let csv = try await web.get("/audit.csv?actor=finance.officer%40bwu.demo")
            #expect(csv.headers.contentType?.subType == "csv")
            #expect(csv.body.hasPrefix("sequence,occurred_at,"))
            #expect(csv.body.contains("milestone.disbursed"))
            #expect(!csv.body.contains("application.submitted"), "filtered to the finance officer's entries")
            let ledger = try await web.get("/ledger.csv?kind=disbursement")
            #expect(ledger.body.occurrences(of: "\r\n") == 3, "header and the two postings of the one demo payment")
            let badDate = try await web.get("/ledger?from=2026-13-01")
            #expect(badDate.status == .unprocessableEntity)
            #expect(badDate.body.contains("f-from-error"))
        }
    }
}
