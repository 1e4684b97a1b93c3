import BWUDomain
@testable import BWUServer
import Foundation
import Testing
import Vapor

/// The Danish Armed Forces find a capability and ask to trial it; the manufacturer and the
/// Ministry of Defence agree, a date is set and the findings recorded, all through the pages.
@Suite struct WebTrialRequestTests {
    @Test func danishArmedForcesRequestATrialThatBothPartiesApprove() async throws {
        try await withTestApp(.sqlite) { api in
            let danish = WebClient(api.app)
            try await danish.signIn(Demo.danish)
            let results = try await danish.get("/capabilities?q=thermal+sight&minTrl=7&combatProven=true")
            #expect(results.status == .ok)
            #expect(results.body.contains("Thermal weapon sight TWS-640"))
            #expect(!results.body.contains("FPV strike drone"))
            let bad = try await danish.get("/capabilities?minTrl=12")
            #expect(bad.status == .unprocessableEntity && bad.body.contains("id=\"f-minTrl-error\""))

            let capabilityPath = try #require(results.links(startingWith: "/capabilities/").first { $0 != "/capabilities/new" })
            let capability = try await danish.get(capabilityPath)
            let action = capabilityPath + "/trial-requests"
            #expect(capability.actions.contains(action))
            let empty = try await danish.post(action, [("csrf", capability.csrf!), ("kind", "evaluation"), ("purpose", "")])
            #expect(empty.status == .unprocessableEntity && empty.body.contains("id=\"f-purpose-error\""))
            let sent = try await danish.post(action, [("csrf", capability.csrf!), ("kind", "evaluation"), ("purpose", "Night-fighting evaluation")])
            #expect(sent.status == .seeOther)
            let path = try #require(sent.location?.pathOnly)
            let requested = try await danish.get(sent.location!)
            #expect(requested.body.contains("Your request was sent.") && requested.body.contains("Awaiting decision"))

            // Lviv makes the sight; it and the Ministry of Defence each approve once.
            let lviv = WebClient(api.app)
            try await lviv.signIn(Demo.lviv)
            let forLviv = try await lviv.get(path)
            #expect(forLviv.actions.contains(path + "/decision"))
            let noReason = try await lviv.post(path + "/decision", [("csrf", forLviv.csrf!), ("decision", "decline"), ("reason", "")])
            #expect(noReason.status == .unprocessableEntity && noReason.body.contains("id=\"f-reason-decision-error\""))
            #expect(try await lviv.post(path + "/decision", [("csrf", forLviv.csrf!), ("decision", "approve")]).status == .seeOther)
            #expect(!(try await lviv.get(path)).actions.contains(path + "/decision"))

            let defence = WebClient(api.app)
            try await defence.signIn(Demo.defence)
            let forDefence = try await defence.get(path)
            #expect(try await defence.post(path + "/decision", [("csrf", forDefence.csrf!), ("decision", "approve")]).status == .seeOther)

            let approved = try await lviv.get(path)
            #expect(approved.body.contains("Approved"))
            let badDate = try await lviv.post(path + "/schedule", [("csrf", approved.csrf!), ("date", "01.12.2026")])
            #expect(badDate.status == .unprocessableEntity && badDate.body.contains("value=\"01.12.2026\""))
            #expect(try await lviv.post(path + "/schedule", [("csrf", approved.csrf!), ("date", "2026-12-01")]).status == .seeOther)

            let scheduled = try await danish.get(path)
            #expect(scheduled.body.contains("1 Dec 2026"))
            let done = try await danish.post(path + "/outcome", [("csrf", scheduled.csrf!), ("findings", "Recognition at 1,100 m at night.")])
            #expect(done.status == .seeOther)
            let completed = try await danish.get(path)
            #expect(completed.body.contains("Completed") && completed.body.contains("Recognition at 1,100 m at night."))
        }
    }

    @Test func aManufacturerPublishesACapability() async throws {
        try await withTestApp(.sqlite) { api in
            let kharkiv = WebClient(api.app)
            try await kharkiv.signIn(Demo.kharkiv)
            let form = try await kharkiv.get("/capabilities/new")
            #expect(form.status == .ok)
            let fields = [("csrf", form.csrf!), ("category", "ML10"), ("readinessLevel", "8"), ("combatProven", "true"),
                          ("demonstrable", "Range demonstration"), ("description", "Interceptor drone")]
            let refused = try await kharkiv.post("/capabilities", fields + [("productLine", "  ")])
            #expect(refused.status == .unprocessableEntity && refused.body.contains("id=\"f-productLine-error\""))
            #expect(refused.body.contains("Range demonstration"))
            let published = try await kharkiv.post("/capabilities", fields + [("productLine", "Interceptor drone K-9")])
            #expect(published.status == .seeOther)
            let page = try await kharkiv.get(published.location!)
            #expect(page.body.contains("<h1>Interceptor drone K-9</h1>") && page.body.contains("TRL 8"))
        }
    }
}
