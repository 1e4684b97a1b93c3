import BWUDomain
@testable import BWUServer
import Foundation
import Testing
import Vapor

/// Matchmaking, invitations and offers through the pages, as the manufacturer and the supplier use them.
@Suite struct WebMatchmakingTests {
    @Test func manufacturerSeesProposalsWithTheirImpactAndInvites() async throws {
        try await withTestApp(.sqlite) { api in
            let dnipro = WebClient(api.app)
            try await dnipro.signIn(Demo.dnipro)
            let page = try await dnipro.get("/matchmaking")
            #expect(page.status == .ok)
            #expect(page.body.contains("FLIGHT-CTRL"))
            #expect(page.body.contains("Brno Avionics s.r.o. (CZ)"))
            #expect(page.body.contains("closes this single point of failure"))
            #expect(!page.links(startingWith: "/invitations/").isEmpty, "Brno's waiting invitation is linked, not offered again")

            _ = try await dnipro.get("/language/da?back=/matchmaking")
            let danish = try await dnipro.get("/matchmaking")
            #expect(danish.body.contains("leverer fra CZ"), "the reasons are worded in the reader's language")
            _ = try await dnipro.get("/language/en?back=/matchmaking")

            let forms = page.actions.filter { $0 == "/invitations" }
            try #require(!forms.isEmpty, "at least one proposal can be invited")
            let supplier = try #require(page.hidden("supplierId", inFormTo: "/invitations"))
            let item = try #require(page.hidden("itemCode", inFormTo: "/invitations"))

            let empty = try await dnipro.post("/invitations", [("csrf", page.csrf!), ("supplierId", supplier), ("itemCode", item), ("message", " ")])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.body.contains("This field must be filled in."))

            let sent = try await dnipro.post("/invitations", [("csrf", page.csrf!), ("supplierId", supplier), ("itemCode", item),
                                                              ("message", "Could you quote 10 a week?")])
            #expect(sent.status == .seeOther)
            #expect(sent.location?.hasSuffix("notice=invited") == true)
            let invitation = try await dnipro.get(sent.location!)
            #expect(invitation.body.contains("The supplier was invited."))
            #expect(invitation.body.contains("Could you quote 10 a week?"))
        }
    }

    @Test func theSupplierOffersAndTheManufacturerRejectsThenAccepts() async throws {
        try await withTestApp(.sqlite) { api in
            let brnoID = try await api.organisationID("Brno Avionics s.r.o.", token: try await api.signIn(Demo.officer))
            let dnipro = WebClient(api.app)
            try await dnipro.signIn(Demo.dnipro)
            let invited = try await dnipro.post("/invitations", [("csrf", try await dnipro.csrf()), ("supplierId", brnoID),
                                                                 ("itemCode", "AIRFRAME"), ("message", "Second airframe source?")])
            let path = try #require(invited.location?.pathOnly)

            // The supplier offers; a price written the Danish way is refused beside the field, with what was typed.
            let brno = WebClient(api.app)
            try await brno.signIn(Demo.brno)
            let open = try await brno.get(path)
            #expect(open.actions.contains(path + "/offers") && open.actions.contains(path + "/refusal"))
            let terms = [("capacityPerWeek", "12"), ("leadTimeWeeks", "4"), ("minLot", "5"), ("validUntil", "2026-12-31"), ("note", "From stock")]
            let refused = try await brno.post(path + "/offers", [("csrf", open.csrf!), ("unitPrice", "48.000,00")] + terms)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.contains("id=\"f-unitPrice-offer-error\""))
            #expect(refused.body.contains("value=\"48.000,00\"") && refused.body.contains("value=\"2026-12-31\""))
            let offered = try await brno.post(path + "/offers", [("csrf", open.csrf!), ("unitPrice", "48000.00")] + terms)
            #expect(offered.status == .seeOther)

            // The manufacturer must say why it rejects; then the invitation is open for a new offer.
            let toDecide = try await dnipro.get(path)
            let decision = try #require(toDecide.actions.first { $0.hasSuffix("/decision") })
            let noReason = try await dnipro.post(decision, [("csrf", toDecide.csrf!), ("decision", "reject"), ("reason", "")])
            #expect(noReason.status == .unprocessableEntity)
            #expect(noReason.body.contains("id=\"f-reason-decision-error\""))
            #expect(try await dnipro.post(decision, [("csrf", toDecide.csrf!), ("decision", "reject"), ("reason", "Too dear")]).status == .seeOther)
            let reopened = try await brno.get(path)
            #expect(reopened.body.contains("Waiting for an offer") && reopened.actions.contains(path + "/offers"))

            let again = try await brno.post(path + "/offers", [("csrf", reopened.csrf!), ("unitPrice", "41000.00")] + terms)
            #expect(again.status == .seeOther)
            let second = try await dnipro.get(path)
            let secondDecision = try #require(second.actions.first { $0.hasSuffix("/decision") })
            #expect(secondDecision != decision, "the new offer is decided, not the rejected one")
            let accepted = try await dnipro.post(secondDecision, [("csrf", second.csrf!), ("decision", "accept"), ("reason", "")])
            #expect(accepted.status == .seeOther)
            let done = try await dnipro.get(accepted.location!)
            #expect(done.body.contains("The offer was accepted"))
            #expect(done.body.contains("BUY-AIRFRAME@BRNO"))
            #expect(done.body.contains("What accepting the offer changed"))
        }
    }

    @Test func acceptingBrnosWaitingOfferMakesItASourceAndClosesTheSinglePoint() async throws {
        try await withTestApp(.sqlite) { api in
            let dnipro = WebClient(api.app)
            try await dnipro.signIn(Demo.dnipro)
            let list = try await dnipro.get("/invitations")
            #expect(list.body.contains("FLIGHT-CTRL — "))
            let paths = list.links(startingWith: "/invitations/")
            var flightController: WebClient.Page?
            for path in paths {
                let page = try await dnipro.get(path)
                if page.body.contains("FLIGHT-CTRL"), page.actions.contains(where: { $0.hasSuffix("/decision") }) { flightController = page }
            }
            let page = try #require(flightController)
            let decision = try #require(page.actions.first { $0.hasSuffix("/decision") })
            let accepted = try await dnipro.post(decision, [("csrf", page.csrf!), ("decision", "accept")])
            #expect(accepted.status == .seeOther)
            let after = try await dnipro.get(accepted.location!)
            #expect(after.body.contains("BUY-FLIGHT-CTRL@BRNO"))
            #expect(after.body.contains("closes this single point of failure"))

            let sources = try await api.request(.GET, "/product-data/files/purchase_sources.csv", token: try await api.signIn(Demo.dnipro)).body
            #expect(sources.contains("FLIGHT-CTRL,Brno Avionics s.r.o.,CZ"))

            let officer = WebClient(api.app)
            try await officer.signIn(Demo.officer)
            let dashboard = try await officer.get("/dashboard")
            #expect(dashboard.body.contains("Value chains and technology access"))
            #expect(dashboard.body.contains("allied-title") || dashboard.body.contains("No accepted offer has changed an allied share yet."))
        }
    }

    @Test func aSupplierNeverSeesAnotherSuppliersInvitation() async throws {
        try await withTestApp(.sqlite) { api in
            let dnipro = WebClient(api.app)
            try await dnipro.signIn(Demo.dnipro)
            let paths = try await dnipro.get("/invitations").links(startingWith: "/invitations/")
            try #require(paths.count >= 2)

            let jutland = WebClient(api.app)
            try await jutland.signIn(Demo.supplier)
            let own = try await jutland.get("/invitations")
            #expect(own.status == .ok)
            #expect(!own.body.contains("FLIGHT-CTRL") && !own.body.contains("12,500.00"))
            for path in paths {
                let page = try await jutland.get(path)
                #expect(page.status == .notFound)
                #expect(page.body.contains("Page not found"))
                let offer = try await jutland.post(path + "/offers", [("csrf", own.csrf!), ("unitPrice", "1.00"), ("capacityPerWeek", "1"),
                                                                      ("leadTimeWeeks", "1"), ("validUntil", "2026-12-31")])
                #expect(offer.status == .notFound)
            }
            let brno = WebClient(api.app)
            try await brno.signIn(Demo.brno)
            let brnos = try await brno.get("/invitations")
            #expect(brnos.links(startingWith: "/invitations/").count == 1, "only the invitation addressed to Brno")
        }
    }
}
