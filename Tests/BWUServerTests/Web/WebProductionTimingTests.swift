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
            try await PageTimer.report(api.app, cases) { path in
                path.replacingOccurrences(of: first, with: "/plan-runs/{run}").replacingOccurrences(of: second, with: "/plan-runs/{run2}")
            }
        }
    }
}
