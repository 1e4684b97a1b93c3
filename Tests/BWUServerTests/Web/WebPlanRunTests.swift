import BWUDomain
@testable import BWUServer
import Foundation
import Testing
import Vapor

/// Starting plan runs from the page, their result, comparison and resilience, and who may see them.
@Suite struct WebPlanRunTests {
    /// Starts a run through the form and waits for the background planning to finish.
    static func startRun(_ web: WebClient, fields: [(String, String)] = []) async throws -> String {
        let form = try await web.get("/plan-runs")
        let reply = try await web.post("/plan-runs", [("csrf", form.csrf ?? "")] + fields)
        guard reply.status == .seeOther, let location = reply.location else {
            throw WebTestError("starting a run answered \(reply.status): \(reply.body.prefix(400))")
        }
        #expect(location.hasSuffix("?notice=plan-started"))
        let path = String(location.split(separator: "?")[0])
        for _ in 0..<300 {
            let page = try await web.get(path)
            if !page.body.contains("<progress") { return path }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw WebTestError("plan run \(path) did not finish")
    }

    @Test func aManufacturerStartsARunAndReadsItsResult() async throws {
        try await withTestApp(.sqlite) { api in
            let dnipro = WebClient(api.app)
            try await dnipro.signIn(Demo.dnipro)
            let path = try await Self.startRun(dnipro)
            let page = try await dnipro.get(path)
            #expect(page.status == .ok)
            #expect(page.body.contains("Finished"))
            #expect(page.body.contains("On-time fill"))
            #expect(page.body.occurrences(of: "<svg viewBox=") == 2, "timeline and resource load")
            #expect(page.body.contains("SKR-ASSY (DK)"))
            #expect(page.body.contains("Armed Forces of Ukraine"))
            #expect(page.body.contains("There is no other finished run"))

            // A second run can be compared with the first.
            let second = try await Self.startRun(dnipro)
            let secondPage = try await dnipro.get(second)
            #expect(secondPage.body.contains("<option value=\"\(path.split(separator: "/").last!)\""))
            let comparison = try await dnipro.get(second + "/comparison?with=\(path.split(separator: "/").last!)")
            #expect(comparison.status == .ok)
            #expect(comparison.body.contains("Two plan runs compared"))
            #expect(comparison.body.contains("No demand moved"), "the same data plans the same")
            let list = try await dnipro.get("/plan-runs")
            #expect(list.body.contains("Compare with the run before"))

            let resilience = try await dnipro.get(path + "/resilience")
            #expect(resilience.status == .ok)
            #expect(resilience.body.contains("Single points of failure"))
            #expect(resilience.body.contains("Flight controller (FLIGHT-CTRL)"), "single-sourced from Tallinn")
            #expect(resilience.body.contains("Allied share"))

            // Scope: another manufacturer does not find it; the programme office and the auditor read it.
            let lviv = WebClient(api.app)
            try await lviv.signIn(Demo.lviv)
            for suffix in ["", "/resilience", "/comparison?with=\(path.split(separator: "/").last!)"] {
                let refused = try await lviv.get(second + suffix)
                #expect(refused.status == .notFound, "\(suffix)")
                #expect(refused.body.contains("Page not found"))
            }
            #expect(!(try await lviv.get("/plan-runs").body.contains(String(path.split(separator: "/").last!))))
            let auditor = WebClient(api.app)
            try await auditor.signIn(Demo.auditor)
            #expect(try await auditor.get(path).status == .ok)
            #expect(!(try await auditor.get("/plan-runs").body.contains("action=\"/plan-runs\"")), "the auditor starts nothing")
            let csrf = try await auditor.csrf()
            let forbidden = try await auditor.post("/plan-runs", [("csrf", csrf)])
            #expect(forbidden.status == .forbidden)
            #expect(forbidden.body.contains("You may not do this"))
        }
    }

    @Test func theProgrammeOfficeChoosesTheManufacturer() async throws {
        try await withTestApp(.sqlite) { api in
            let officer = WebClient(api.app)
            try await officer.signIn(Demo.officer)
            let form = try await officer.get("/plan-runs")
            #expect(form.body.contains("<select id=\"f-organisationId\""))
            let missing = try await officer.post("/plan-runs", [("csrf", form.csrf!), ("organisationId", "")])
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.body.contains("id=\"f-organisationId-error\""))
            let dniproID = form.body.components(separatedBy: "<option value=\"").dropFirst()
                .first { $0.contains("Dnipro") }.map { String($0.prefix(36)) }!
            let path = try await WebPlanRunTests.startRun(officer, fields: [("organisationId", dniproID)])
            #expect(try await officer.get(path).body.contains("Dnipro"))
            let forged = try await officer.post("/plan-runs", [("csrf", "forged"), ("organisationId", dniproID)])
            #expect(forged.status == .forbidden)

            // Lviv has a demand but no product data yet: the page says why nothing can be planned.
            let lvivID = form.body.components(separatedBy: "<option value=\"").dropFirst()
                .first { $0.contains("Lviv") }.map { String($0.prefix(36)) }!
            let lviv = try await officer.get(try await WebPlanRunTests.startRun(officer, fields: [("organisationId", lvivID)]))
            #expect(lviv.body.contains("Thermal weapon sight (TS-3) has no source, and its stock runs out by the week of"))
            #expect(lviv.body.contains("Danish Armed Forces"))
        }
    }
}
