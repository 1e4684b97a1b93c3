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

    /// Browsers' developer tools and `tools/page_times.py` read the server's own time from this header.
    @Test func everyResponseSaysItsServerTime() async throws {
        try await withTestApp(.sqlite) { api in
            let web = WebClient(api.app)
            let responses = [
                ("sign-in page", try await web.get("/sign-in")),
                ("unknown page", try await web.get("/no-such-page")),
                ("refused API call", try await web.get("/api/v1/programmes")),
            ]
            for (what, response) in responses {
                let header = response.headers.first(name: "Server-Timing") ?? ""
                let milliseconds = header.hasPrefix("app;dur=") ? Double(header.dropFirst("app;dur=".count)) : nil
                #expect(milliseconds.map { $0 >= 0 } == true, "\(what): Server-Timing '\(header)'")
            }
        }
    }
}
