import BWUDomain
@testable import BWUServer
import Foundation
import Testing
import Vapor

/// Server time of each value-chain page on the demo data, printed for the record like
/// ``WebTimingTests`` (no bound asserted: debug builds on a shared machine).
@Suite struct WebValueChainTimingTests {
    @Test func valueChainPagesRenderOnTheDemoData() async throws {
        try await withTestApp(.sqlite) { api in
            let dnipro = WebClient(api.app)
            try await dnipro.signIn(Demo.dnipro)
            let invitation = try #require(try await dnipro.get("/invitations").links(startingWith: "/invitations/").first)
            let trial = try #require(try await dnipro.get("/trial-requests").links(startingWith: "/trial-requests/").first)
            let capability = try #require(try await dnipro.get("/capabilities").links(startingWith: "/capabilities/").first { $0 != "/capabilities/new" })
            let cases: [(String, [String])] = [
                (Demo.dnipro, ["/matchmaking", "/invitations", invitation, "/capabilities", capability, "/trial-requests", trial]),
                (Demo.brno, ["/suppliers", "/suppliers/profile"]),
                (Demo.officer, ["/dashboard"]),
            ]
            try await PageTimer.report(api.app, cases, samples: 5)
        }
    }
}
