import Foundation
import Testing
import Vapor

/// The Danish Armed Forces find a capability, request a trial, and both the manufacturer and
/// the Ministry of Defence must agree before it is scheduled and done.
@Suite struct CapabilityCatalogueTests {
    @Test(arguments: TestDatabase.available)
    func aTrialIsRequestedApprovedByBothScheduledAndDone(_ database: TestDatabase) async throws {
        try await withTestApp(database) { api in
            // Setup: search the catalogue
            let danish = try await api.signIn(Demo.danish)
            let found = try await api.request(.GET, "/capabilities?q=thermal&minTrl=7&combatProven=true", token: danish)
            #expect(found.status == .ok)
            #expect(found.array.count == 1, "\(found.body)")
            let capability = try #require(found.array.first?["id"] as? String)
            #expect(try await api.request(.GET, "/capabilities?category=ML99", token: danish).status == .unprocessableEntity)

            // Act
            let created = try await api.request(.POST, "/capabilities/\(capability)/trial-requests", token: danish,
                                                json: ["kind": "trial", "purpose": "Night-fighting trial"])
            #expect(created.status == .created, "\(created.body)")
            let id = try #require(created.object["id"] as? String)
            let lviv = try await api.signIn(Demo.lviv), defence = try await api.signIn(Demo.defence), foreign = try await api.signIn(Demo.foreign)
            #expect(try await api.request(.POST, "/trial-requests/\(id)/decision", token: foreign, json: ["decision": "approve"]).status == .forbidden)
            let early = try await api.request(.POST, "/trial-requests/\(id)/schedule", token: lviv, json: ["date": "2026-12-15"])
            #expect(early.status == .conflict, "not approved by both yet")
            #expect(try await api.request(.POST, "/trial-requests/\(id)/decision", token: lviv, json: ["decision": "approve"]).status == .ok)
            let noReason = try await api.request(.POST, "/trial-requests/\(id)/decision", token: defence, json: ["decision": "decline"])
            #expect(noReason.status == .unprocessableEntity && noReason.body.contains("reason"))
            let approved = try await api.request(.POST, "/trial-requests/\(id)/decision", token: defence, json: ["decision": "approve"])
            #expect(approved.object["status"] as? String == "approved")
            let scheduled = try await api.request(.POST, "/trial-requests/\(id)/schedule", token: lviv, json: ["date": "2026-12-15"])
            #expect(scheduled.object["status"] as? String == "scheduled")
            let done = try await api.request(.POST, "/trial-requests/\(id)/outcome", token: danish, json: ["findings": "Recognition at 1,100 m in fog."])

            // Check
            #expect(done.status == .ok)
            #expect(done.object["status"] as? String == "completed")
            #expect(done.object["outcome"] as? String == "Recognition at 1,100 m in fog.")
            let kharkiv = try await api.signIn(Demo.kharkiv)
            #expect(try await api.request(.GET, "/trial-requests/\(id)", token: kharkiv).status == .notFound)
            #expect(try await api.request(.GET, "/trial-requests/\(id)", token: defence).status == .ok)
            let officer = try await api.signIn(Demo.officer)
            let figures = try await api.request(.GET, "/value-chain/figures", token: officer).object
            #expect((figures["trialRequests"] as? [String: Any])?["completed"] as? Int == 1)
            let auditor = try await api.signIn(Demo.auditor)
            #expect(try await api.request(.GET, "/audit/entries?action=trial-request.completed", token: auditor).items.count == 1)
        }
    }

    @Test(arguments: TestDatabase.available)
    func onlyManufacturersPublishAndBadFieldsAreNamed(_ database: TestDatabase) async throws {
        try await withTestApp(database) { api in
            let body: [String: Any] = ["productLine": "Counter-UAS jammer", "category": "ML11", "readinessLevel": 7, "combatProven": true]
            let danish = try await api.signIn(Demo.danish)
            #expect(try await api.request(.POST, "/capabilities", token: danish, json: body).status == .forbidden)
            let poltava = try await api.signIn("poltava@bwu.demo")
            var bad = body
            bad["readinessLevel"] = 10
            let refused = try await api.request(.POST, "/capabilities", token: poltava, json: bad)
            #expect(refused.status == .unprocessableEntity && refused.body.contains("readinessLevel"))
            bad = body
            bad["category"] = "ML23"
            #expect(try await api.request(.POST, "/capabilities", token: poltava, json: bad).body.contains("category"))
            let published = try await api.request(.POST, "/capabilities", token: poltava, json: body)
            #expect(published.status == .created)
            #expect(try await api.request(.GET, "/capabilities?q=jammer", token: danish).array.count == 1)
        }
    }
}
