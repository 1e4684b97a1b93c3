import Foundation
import Testing
import Vapor

/// From a proposal to an accepted offer: the supplier becomes a source, the single point of
/// failure closes, and the programme's figures count it.
@Suite struct MatchmakingFlowTests {
    static let brnoName = "Brno Avionics s.r.o."

    @Test(arguments: TestDatabase.available)
    func acceptingTheProposedSuppliersOfferClosesTheSinglePointOfFailure(_ database: TestDatabase) async throws {
        try await withTestApp(database) { api in
            // Setup: Dnipro's flight controller has one source; Brno Avionics has offered (demo)
            let dnipro = try await api.signIn(Demo.dnipro)
            let before = try await api.request(.GET, "/matchmaking/proposals", token: dnipro)
            #expect(before.status == .ok, "\(before.body)")
            let items = before.object["items"] as? [[String: Any]] ?? []
            let controller = try #require(items.first { $0["item"] as? String == "FLIGHT-CTRL" })
            #expect((controller["reasons"] as? [String])?.contains("single-sourced") == true)
            let proposal = try #require((controller["proposals"] as? [[String: Any]])?.first)
            #expect(proposal["supplier"] as? String == Self.brnoName)
            #expect((proposal["reasons"] as? [[String: Any]])?.contains { $0["kind"] as? String == "nsn" } == true)
            #expect((proposal["impact"] as? [String: Any])?["closesSinglePoint"] as? Bool == true)

            let invitations = try await api.request(.GET, "/supplier-invitations", token: dnipro).array
            let invitation = try #require(invitations.first { $0["itemCode"] as? String == "FLIGHT-CTRL" })
            #expect(invitation["status"] as? String == "offered")
            let offer = try #require((invitation["offers"] as? [[String: Any]])?.first)
            let offerID = try #require(offer["id"] as? String)

            // Act
            let decision = try await api.request(.POST, "/supplier-offers/\(offerID)/decision", token: dnipro, json: ["decision": "accept"])

            // Check: the source is in the product data, the item is no longer single-sourced
            #expect(decision.status == .ok, "\(decision.body)")
            let impact = try #require(decision.object["impact"] as? [String: Any])
            #expect(impact["closesSinglePoint"] as? Bool == true)
            #expect((impact["onTimeFillAfter"] as? Double ?? 0) >= (impact["onTimeFillBefore"] as? Double ?? 1))
            #expect((decision.object["invitation"] as? [String: Any])?["status"] as? String == "accepted")
            let sources = try await api.request(.GET, "/product-data/files/purchase_sources.csv", token: dnipro).body
            #expect(sources.contains("FLIGHT-CTRL,\(Self.brnoName),CZ,3,12500.00,30"), "\(sources)")
            let after = try await api.request(.GET, "/matchmaking/proposals", token: dnipro).object["items"] as? [[String: Any]] ?? []
            let reasonsAfter = after.first { $0["item"] as? String == "FLIGHT-CTRL" }?["reasons"] as? [String] ?? []
            #expect(!reasonsAfter.contains("single-sourced"), "\(reasonsAfter)")

            let officer = try await api.signIn(Demo.officer)
            let figures = try await api.request(.GET, "/value-chain/figures", token: officer).object
            #expect(figures["singlePointsClosed"] as? Int == 1)
            #expect(figures["acceptedOffers"] as? Int == 1)
            #expect((figures["manufacturersWithEuropeanSuppliers"] as? Int ?? 0) >= 1)

            let auditor = try await api.signIn(Demo.auditor)
            let audit = try await api.request(.GET, "/audit/entries?action=product-data.source-added", token: auditor).items
            #expect(audit.count == 1)

            // A decided offer cannot be decided again
            let again = try await api.request(.POST, "/supplier-offers/\(offerID)/decision", token: dnipro, json: ["decision": "reject", "reason": "changed mind"])
            #expect(again.status == .conflict && again.isProblem)
        }
    }

    @Test(arguments: TestDatabase.available)
    func aSupplierSeesOnlyInvitationsAddressedToItAndNeverAnotherSuppliersOffer(_ database: TestDatabase) async throws {
        try await withTestApp(database) { api in
            let dnipro = try await api.signIn(Demo.dnipro)
            let invitation = try #require(try await api.request(.GET, "/supplier-invitations", token: dnipro).array
                .first { $0["itemCode"] as? String == "FLIGHT-CTRL" })
            let id = try #require(invitation["id"] as? String)

            let jutland = try await api.signIn(Demo.supplier)
            let seen = try await api.request(.GET, "/supplier-invitations", token: jutland)
            #expect(seen.status == .ok)
            #expect(!seen.body.contains(id) && !seen.body.contains("12500.00"))
            #expect(try await api.request(.GET, "/supplier-invitations/\(id)", token: jutland).status == .notFound)
            let lviv = try await api.signIn(Demo.lviv)
            #expect(try await api.request(.GET, "/supplier-invitations/\(id)", token: lviv).status == .notFound)
            #expect(try await api.request(.GET, "/matchmaking/proposals", token: jutland).status == .forbidden)
            let brno = try await api.signIn(Demo.brno)
            #expect(try await api.request(.GET, "/supplier-invitations/\(id)", token: brno).status == .ok)
            // The offer is the manufacturer's to decide, not the supplier's
            let offerID = try #require((invitation["offers"] as? [[String: Any]])?.first?["id"] as? String)
            #expect(try await api.request(.POST, "/supplier-offers/\(offerID)/decision", token: brno, json: ["decision": "accept"]).status == .forbidden)
            #expect(try await api.request(.POST, "/supplier-offers/\(offerID)/decision", token: lviv, json: ["decision": "accept"]).status == .notFound)
        }
    }

    @Test(arguments: TestDatabase.available)
    func anInvitationIsOfferedRejectedReofferedAndDeclined(_ database: TestDatabase) async throws {
        try await withTestApp(database) { api in
            // Setup
            let dnipro = try await api.signIn(Demo.dnipro), baltic = try await api.signIn(Demo.baltic)
            let balticID = try await api.organisationID("Baltic Motors Sp. z o.o.", token: dnipro)
            let created = try await api.request(.POST, "/supplier-invitations", token: dnipro,
                                                json: ["supplierId": balticID, "itemCode": "BATTERY", "message": "Battery packs?"])
            #expect(created.status == .created, "\(created.body)")
            let id = try #require(created.object["id"] as? String)
            let duplicate = try await api.request(.POST, "/supplier-invitations", token: dnipro,
                                                  json: ["supplierId": balticID, "itemCode": "BATTERY", "message": "Again"])
            #expect(duplicate.status == .conflict)
            let unknownItem = try await api.request(.POST, "/supplier-invitations", token: dnipro,
                                                    json: ["supplierId": balticID, "itemCode": "NOPE", "message": "?"])
            #expect(unknownItem.status == .unprocessableEntity && unknownItem.body.contains("itemCode"))

            // Bad terms are refused by field, and nothing is stored
            var terms: [String: Any] = ["unitPrice": ["amount": "-5.00", "currency": "DKK"], "capacityPerWeek": 10, "leadTimeWeeks": 2,
                                        "validUntil": "2026-12-31"]
            let negative = try await api.request(.POST, "/supplier-invitations/\(id)/offers", token: baltic, json: terms)
            #expect(negative.status == .unprocessableEntity && negative.body.contains("unitPrice.amount"), "\(negative.body)")
            terms["unitPrice"] = ["amount": "3400.00", "currency": "DKK"]
            terms["validUntil"] = "2020-01-01"
            let expired = try await api.request(.POST, "/supplier-invitations/\(id)/offers", token: baltic, json: terms)
            #expect(expired.status == .unprocessableEntity && expired.body.contains("validUntil"))
            #expect((try await api.request(.GET, "/supplier-invitations/\(id)", token: dnipro).object["offers"] as? [Any])?.isEmpty == true)

            // Act: offer, reject, offer again, reject, decline
            terms["validUntil"] = "2026-12-31"
            let offered = try await api.request(.POST, "/supplier-invitations/\(id)/offers", token: baltic, json: terms)
            #expect(offered.status == .created, "\(offered.body)")
            #expect(try await api.request(.POST, "/supplier-invitations/\(id)/offers", token: baltic, json: terms).status == .conflict)
            let offerID = try #require((offered.object["offers"] as? [[String: Any]])?.first?["id"] as? String)
            let noReason = try await api.request(.POST, "/supplier-offers/\(offerID)/decision", token: dnipro, json: ["decision": "reject"])
            #expect(noReason.status == .unprocessableEntity && noReason.body.contains("reason"))
            let rejected = try await api.request(.POST, "/supplier-offers/\(offerID)/decision", token: dnipro,
                                                 json: ["decision": "reject", "reason": "Too expensive"])
            #expect(rejected.status == .ok)
            #expect((rejected.object["invitation"] as? [String: Any])?["status"] as? String == "open")
            let declined = try await api.request(.POST, "/supplier-invitations/\(id)/refusal", token: baltic, json: ["reason": "No capacity this year"])

            // Check
            #expect(declined.status == .ok)
            #expect(declined.object["status"] as? String == "declined")
            let sources = try await api.request(.GET, "/product-data/files/purchase_sources.csv", token: dnipro).body
            #expect(!sources.contains("BATTERY,Baltic"), "a rejected offer adds no source")
        }
    }

    @Test(arguments: TestDatabase.available)
    func aSupplierProfileWithAMalformedCodeIsRefusedByFieldAndTheStoredOneIsKept(_ database: TestDatabase) async throws {
        try await withTestApp(database) { api in
            let brno = try await api.signIn(Demo.brno)
            let brnoID = try await api.organisationID(Self.brnoName, token: brno)
            let stored = try await api.request(.GET, "/suppliers/\(brnoID)/profile", token: brno).object as NSDictionary
            var profile: [String: Any] = [
                "categories": ["flight controllers"], "cpvCodes": ["38112100-4"], "nsns": ["6605-22-610-000"],
                "certifications": [["name": "AQAP 2110", "validUntil": "2028-01-31"]], "clearance": "confidential", "country": "CZ",
                "typicalLeadTimeWeeks": 3, "capacityPerWeek": 40,
            ]

            let badNSN = try await api.request(.PUT, "/supplier-profile", token: brno, json: profile)
            profile["nsns"] = ["6605-22-610-0004"]
            profile["cpvCodes"] = ["12345678-9"]
            let badCPV = try await api.request(.PUT, "/supplier-profile", token: brno, json: profile)
            profile["cpvCodes"] = ["38112100-4"]
            profile["clearance"] = "top-secret"
            let badClearance = try await api.request(.PUT, "/supplier-profile", token: brno, json: profile)

            #expect(badNSN.status == .unprocessableEntity && badNSN.isProblem && badNSN.body.contains("nsns[0]") && badNSN.body.contains("13 digits"))
            #expect(badCPV.status == .unprocessableEntity && badCPV.body.contains("cpvCodes[0]") && badCPV.body.contains("CPV division"))
            #expect(badClearance.status == .unprocessableEntity && badClearance.body.contains("clearance"))
            let kept = try await api.request(.GET, "/suppliers/\(brnoID)/profile", token: brno).object as NSDictionary
            #expect(kept == stored, "\(kept)\n\(stored)")

            profile["clearance"] = "confidential"
            let saved = try await api.request(.PUT, "/supplier-profile", token: brno, json: profile)
            #expect(saved.status == .ok, "\(saved.body)")
            #expect(saved.object["capacityPerWeek"] as? Double == 40)
            let dnipro = try await api.signIn(Demo.dnipro)
            #expect(try await api.request(.PUT, "/supplier-profile", token: dnipro, json: profile).status == .forbidden)
        }
    }
}
