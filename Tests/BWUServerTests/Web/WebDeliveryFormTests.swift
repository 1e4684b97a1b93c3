import BWUDomain
@testable import BWUServer
import Foundation
import Testing
import Vapor

/// Shipping and accepting deliveries from the demands page, as the API does it, and who may.
@Suite struct WebDeliveryFormTests {
    @Test func aManufacturerShipsFromThePageAndTheCustomerAcceptsPartOfIt() async throws {
        try await withTestApp(.sqlite) { api in
            // Setup: the demo's UAV demand of 200 (40 accepted, 20 awaiting a decision, so 140 open)
            let token = try await api.signIn(Demo.dnipro)
            let demand = try #require(try await api.request(.GET, "/demands", token: token).array.first { $0["quantity"] as? Int == 200 })
            let demandID = demand["id"] as! String
            let before = try await api.request(.GET, "/deliveries", token: token).array.count
            let dnipro = WebClient(api.app)
            try await dnipro.signIn(Demo.dnipro)
            let page = try await dnipro.get("/demands")
            #expect(page.body.contains("Ship a delivery"))
            #expect(page.body.contains("<option value=\"\(demandID.uppercased())\""), "the open demand is offered")
            #expect(page.body.contains("140 / 200"), "with its open units")

            // Act: ship 10
            let shipped = try await dnipro.post("/deliveries", [("csrf", page.csrf ?? ""), ("demandId", demandID), ("quantity", "10"), ("milestoneId", "")])

            // Check: the delivery is recorded and listed
            #expect(shipped.status == .seeOther, "\(shipped.body.prefix(300))")
            #expect(shipped.location == "/demands?notice=delivery-shipped")
            #expect(try await dnipro.get(shipped.location!).body.contains("The delivery was recorded as shipped."))
            let deliveries = try await api.request(.GET, "/deliveries", token: token).array
            #expect(deliveries.count == before + 1)
            let delivery = try #require(deliveries.first { $0["quantity"] as? Int == 10 && $0["status"] as? String == "shipped" })
            let deliveryID = delivery["id"] as! String

            // Act: the AFU accepts 8 without saying why 2 were refused, then with a reason
            let afu = WebClient(api.app)
            try await afu.signIn(Demo.afu)
            let afuPage = try await afu.get("/demands")
            #expect(afuPage.body.contains("action=\"/deliveries/\(deliveryID.uppercased())/decision\""))
            let noReason = try await afu.post("/deliveries/\(deliveryID)/decision", [("csrf", afuPage.csrf ?? ""), ("acceptedQuantity", "8"), ("reason", "")])
            #expect(noReason.status == .unprocessableEntity)
            #expect(noReason.body.contains("aria-invalid=\"true\""))
            #expect(noReason.body.contains("value=\"8\""), "what was typed is kept")
            let decided = try await afu.post("/deliveries/\(deliveryID)/decision",
                                             [("csrf", afuPage.csrf ?? ""), ("acceptedQuantity", "8"), ("reason", "Two failed the acceptance flight")])

            // Check: the partial acceptance is recorded, with the reason, and the form is gone
            #expect(decided.status == .seeOther, "\(decided.body.prefix(300))")
            #expect(decided.location == "/demands?notice=delivery-decided")
            let after = try await api.request(.GET, "/deliveries/\(deliveryID)", token: token).object
            #expect(after["status"] as? String == "partially-accepted")
            #expect(after["acceptedQuantity"] as? Int == 8)
            #expect(after["decisionReason"] as? String == "Two failed the acceptance flight")
            #expect(!(try await afu.get("/demands").body.contains("action=\"/deliveries/\(deliveryID.uppercased())/decision\"")))
        }
    }

    @Test func aShipmentBeyondTheOpenUnitsIsRefusedBesideTheQuantityAndNothingIsRecorded() async throws {
        try await withTestApp(.sqlite) { api in
            let token = try await api.signIn(Demo.dnipro)
            let demand = try #require(try await api.request(.GET, "/demands", token: token).array.first { $0["quantity"] as? Int == 200 })
            let before = try await api.request(.GET, "/deliveries", token: token).array.count
            let dnipro = WebClient(api.app)
            try await dnipro.signIn(Demo.dnipro)
            let csrf = try await dnipro.csrf()

            let tooMany = try await dnipro.post("/deliveries", [("csrf", csrf), ("demandId", demand["id"] as! String), ("quantity", "141")])
            let notANumber = try await dnipro.post("/deliveries", [("csrf", csrf), ("demandId", demand["id"] as! String), ("quantity", "ten")])

            #expect(tooMany.status == .conflict)
            #expect(tooMany.body.contains("140 units not yet shipped"), "\(tooMany.body.prefix(300))")
            #expect(tooMany.body.contains("id=\"f-quantity-error\""))
            #expect(notANumber.status == .unprocessableEntity)
            #expect(notANumber.body.contains("id=\"f-quantity-error\""))
            #expect(try await api.request(.GET, "/deliveries", token: token).array.count == before)
        }
    }

    @Test func onlyTheManufacturerShipsAndOnlyTheCustomerDecides() async throws {
        try await withTestApp(.sqlite) { api in
            let token = try await api.signIn(Demo.afu)
            let waiting = try #require(try await api.request(.GET, "/deliveries", token: token).array.first { $0["status"] as? String == "shipped" })
            let demandID = waiting["demandId"] as! String, deliveryID = waiting["id"] as! String
            for (email, path, fields) in [
                (Demo.afu, "/deliveries", [("demandId", demandID), ("quantity", "1")]),
                (Demo.supplier, "/deliveries", [("demandId", demandID), ("quantity", "1")]),
                (Demo.dnipro, "/deliveries/\(deliveryID)/decision", [("acceptedQuantity", "20")]),
                (Demo.officer, "/deliveries/\(deliveryID)/decision", [("acceptedQuantity", "20")]),
            ] {
                let web = WebClient(api.app)
                try await web.signIn(email)
                let reply = try await web.post(path, [("csrf", try await web.csrf())] + fields)
                #expect(reply.status == .forbidden, "\(email) \(path)")
            }
            let customerPage = try await { let web = WebClient(api.app); try await web.signIn(Demo.afu); return try await web.get("/demands") }()
            #expect(!customerPage.body.contains("Ship a delivery"))
            let officerPage = try await { let web = WebClient(api.app); try await web.signIn(Demo.officer); return try await web.get("/demands") }()
            #expect(!officerPage.body.contains("Ship a delivery") && !officerPage.body.contains("Record the decision"))
            #expect(try await api.request(.GET, "/deliveries/\(deliveryID)", token: token).object["status"] as? String == "shipped")
        }
    }
}
