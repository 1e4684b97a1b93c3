import BWUDomain
@testable import BWUServer
import Foundation
import Testing
import Vapor

/// Server time of each page on the demo data (in process, no network), printed for the
/// record by ``PageTimer``.
@Suite struct WebTimingTests {
    @Test func pagesRenderQuicklyOnTheDemoData() async throws {
        try await withTestApp(.sqlite) { api in
            let officer = try await api.signIn(Demo.officer)
            let grant = try await api.request(.GET, "/grants", token: officer).items.first!["id"] as! String
            let application = try await api.request(.GET, "/applications?status=submitted", token: officer).items.first!["id"] as! String
            let cases: [(String, [String])] = [
                (Demo.officer, ["/dashboard", "/applications", "/applications/\(application)", "/grants/\(grant)"]),
                (Demo.auditor, ["/dashboard", "/ledger", "/audit"]),
                (Demo.dnipro, ["/dashboard", "/applications/new"]),
            ]
            try await PageTimer.report(api.app, cases)
        }
    }
}
