import BWUDomain
@testable import BWUServer
import Foundation
import Testing
import Vapor

/// Facilities, demands and plan runs per demo role: the same scopes as the API, as pages.
@Suite struct WebProductionAccessTests {
    static let matrix: [WebAccessTests.Expectation] = [
        .init(email: Demo.admin, allowed: ["/facilities", "/demands", "/plan-runs"], refused: []),
        .init(email: Demo.officer, allowed: ["/facilities", "/demands", "/plan-runs"], refused: []),
        .init(email: Demo.finance, allowed: ["/facilities", "/demands", "/plan-runs"], refused: []),
        .init(email: Demo.auditor, allowed: ["/facilities", "/demands", "/plan-runs"], refused: []),
        .init(email: Demo.defence, allowed: [], refused: ["/facilities", "/demands", "/plan-runs"]),
        .init(email: Demo.afu, allowed: ["/demands"], refused: ["/facilities", "/plan-runs"]),
        .init(email: Demo.supplier, allowed: ["/demands"], refused: ["/facilities", "/plan-runs"]),
        .init(email: Demo.dnipro, allowed: ["/facilities", "/demands", "/plan-runs"], refused: []),
    ]

    @Test(arguments: matrix)
    func roleSeesWhatItMayAndIsRefusedTheRest(_ expectation: WebAccessTests.Expectation) async throws {
        try await withTestApp(.sqlite) { api in
            let web = WebClient(api.app)
            try await web.signIn(expectation.email)
            let dashboard = try await web.get("/dashboard").body
            for path in expectation.allowed {
                #expect(try await web.get(path).status == .ok, "\(expectation.email) \(path)")
                #expect(dashboard.contains("href=\"\(path)\""), "\(expectation.email) menu lacks \(path)")
            }
            for path in expectation.refused {
                let page = try await web.get(path)
                #expect(page.status == .forbidden, "\(expectation.email) \(path): \(page.status)")
                #expect(page.body.contains("You may not do this"))
                #expect(!dashboard.contains("href=\"\(path)\""), "\(expectation.email) menu offers \(path)")
            }
        }
    }

    @Test func eachSeesOnlyItsOwnFacilitiesAndDemands() async throws {
        try await withTestApp(.sqlite) { api in
            let dnipro = WebClient(api.app), lviv = WebClient(api.app), afu = WebClient(api.app)
            let danish = WebClient(api.app), supplier = WebClient(api.app), officer = WebClient(api.app)
            try await dnipro.signIn(Demo.dnipro)
            try await lviv.signIn(Demo.lviv)
            try await afu.signIn(Demo.afu)
            try await danish.signIn("danish.armed.forces@bwu.demo")
            try await supplier.signIn(Demo.supplier)
            try await officer.signIn(Demo.officer)

            let own = try await dnipro.get("/facilities").body
            #expect(own.contains("Skrydstrup UAV assembly hall") && !own.contains("Aarhus thermal sight line"))
            #expect(own.contains("Foreign ownership") && own.contains("Expires within 90 days"), "the permit lapsing in 60 days")
            let other = try await lviv.get("/facilities").body
            #expect(other.contains("Aarhus thermal sight line") && !other.contains("Skrydstrup"))
            let all = try await officer.get("/facilities").body
            #expect(all.contains("Aarhus thermal sight line") && all.contains("Skrydstrup UAV assembly hall"))
            #expect(all.contains("Missing"), "Lviv lacks its war-material permit")

            let customer = try await afu.get("/demands").body
            #expect(customer.contains("UAV-R1") && !customer.contains("TS-3"))
            #expect(customer.contains("Acceptance flights passed"))
            let otherCustomer = try await danish.get("/demands").body
            #expect(otherCustomer.contains("TS-3") && !otherCustomer.contains("UAV-R1"))
            let parts = try await supplier.get("/demands").body
            #expect(parts.contains("UAV-R1") && !parts.contains("TS-3"), "Jutland's airframes go into the UAV")
            #expect(parts.contains("Deliveries are shown to customers"))
            #expect(try await lviv.get("/demands").body.contains("TS-3"))
            #expect(!(try await lviv.get("/demands").body.contains("UAV-R1")))
        }
    }

    @Test func theDashboardShowsDeliveriesAgainstDemandAndPermitsExpiringSoon() async throws {
        try await withTestApp(.sqlite) { api in
            let officer = WebClient(api.app)
            try await officer.signIn(Demo.officer)
            let dashboard = try await officer.get("/dashboard").body
            #expect(dashboard.contains("Deliveries against demand"))
            #expect(dashboard.contains("Permits expiring soon"))
            #expect(dashboard.contains("Foreign ownership"))
            let customer = WebClient(api.app, language: "da")
            try await customer.signIn(Demo.afu)
            let danish = try await customer.get("/dashboard").body
            #expect(danish.contains("Leverancer mod behov"))
            #expect(!danish.contains("Tilladelser der snart udløber"), "customers have no facilities")
        }
    }

    @Test func facilitiesInDanishAndUkrainian() async throws {
        try await withTestApp(.sqlite) { api in
            for (language, heading) in [("da", "<h1>Anlæg og tilladelser</h1>"), ("uk", "<h1>Виробничі об’єкти та дозволи</h1>")] {
                let web = WebClient(api.app, language: language)
                try await web.signIn(Demo.auditor)
                let page = try await web.get("/facilities")
                #expect(page.body.contains("<html lang=\"\(language)\">"))
                #expect(page.body.contains(heading))
            }
        }
    }
}
