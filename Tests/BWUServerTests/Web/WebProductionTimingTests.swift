import BWUDomain
@testable import BWUServer
import Foundation
import Testing
import Vapor

/// Server time of the production and planning pages on the demo data, printed like
/// ``WebTimingTests`` and for the same reason without a bound.
@Suite struct WebProductionTimingTests {
    @Test func productionPagesRenderOnTheDemoData() async throws {
        try await withTestApp(.sqlite) { api in
            let dnipro = WebClient(api.app)
            try await dnipro.signIn(Demo.dnipro)
            let first = try await WebPlanRunTests.startRun(dnipro)
            let second = try await WebPlanRunTests.startRun(dnipro)
            let cases: [(String, [String])] = [
                (Demo.officer, ["/dashboard", "/facilities", "/demands", "/plan-runs", first]),
                (Demo.dnipro, ["/facilities", "/demands", first, second + "/comparison?with=" + first.split(separator: "/").last!,
                               first + "/resilience"]),
                (Demo.afu, ["/dashboard", "/demands"]),
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
                        #expect(page.status == .ok, "\(email) \(path)")
                    }
                    samples.sort()
                    let shown = path.replacingOccurrences(of: first, with: "/plan-runs/{run}").replacingOccurrences(of: second, with: "/plan-runs/{run2}")
                    print("page-time \(email) \(shown): median \(String(format: "%.1f", samples[5])) ms, max \(String(format: "%.1f", samples.last!)) ms")
                }
            }
        }
    }
}
