import BWUDomain
@testable import BWUServer
import Foundation
import Testing
import Vapor

/// Server time of each page on the demo data (in process, no network), printed for the
/// record. No time bound is asserted: test builds are unoptimised and the suite runs in
/// parallel on a shared machine, so a bound would only measure the neighbours. The figures
/// for the 50 ms target come from a release build (see the web notes in the report).
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
            for (email, paths) in cases {
                let web = WebClient(api.app)
                try await web.signIn(email)
                for path in paths {
                    _ = try await web.get(path)
                    var samples: [Double] = []
                    for _ in 0..<10 {
                        let start = ContinuousClock.now
                        let page = try await web.get(path)
                        let elapsed = ContinuousClock.now - start
                        samples.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
                        #expect(page.status == .ok)
                    }
                    samples.sort()
                    print("page-time \(email) \(path): median \(String(format: "%.1f", samples[5])) ms, max \(String(format: "%.1f", samples.last!)) ms")
                }
            }
        }
    }
}
