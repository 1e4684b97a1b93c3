import BWUDomain
@testable import BWUServer
import Foundation
import Testing
import Vapor

/// A form sent from a page that has gone stale is refused with the reason and a link back to that page.
@Suite struct WebRefusalPageTests {
    @Test func aReviewSentTwiceIsRefusedWithTheWayBackToTheApplication() async throws {
        try await withTestApp(.sqlite) { api in
            let manufacturer = WebClient(api.app)
            try await manufacturer.signIn(Demo.dnipro)
            let created = try await manufacturer.post("/applications", WebFlowTests.applicationForm + [("csrf", try await manufacturer.csrf()), ("intent", "submit")])
            let applicationPath = String(try #require(created.location).split(separator: "?")[0])

            let reviewer = WebClient(api.app)
            try await reviewer.signIn(Demo.defence)
            let page = try await reviewer.get(applicationPath)
            let review = [("csrf", page.csrf!), ("verdict", "approve"), ("reason", "Fills the gap")]
            #expect(try await reviewer.post(applicationPath + "/reviews", review).status == .seeOther)

            // The same form again, as from a second tab left open on the application.
            reviewer.extraHeaders = [("Host", "bwu.example"), ("Referer", "https://bwu.example\(applicationPath)")]
            let again = try await reviewer.post(applicationPath + "/reviews", review)
            #expect(again.status == .conflict)
            #expect(again.body.contains("already recorded"))
            #expect(again.body.contains("<a href=\"\(applicationPath)\">Back to the page you came from</a>"))

            // A page on another site is not offered as the way back.
            reviewer.extraHeaders = [("Host", "bwu.example"), ("Referer", "https://elsewhere.example\(applicationPath)")]
            let foreign = try await reviewer.post(applicationPath + "/reviews", review)
            #expect(foreign.status == .conflict)
            #expect(!foreign.body.contains("Back to the page you came from"))
        }
    }
}
