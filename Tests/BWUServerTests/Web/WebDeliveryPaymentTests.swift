import BWUDomain
@testable import BWUServer
import Foundation
import Testing
import Vapor

/// Money follows accepted deliveries: once the milestone the AFU's acceptance verified is paid,
/// the demands page shows that payment beside the delivery, as far as the reader may see payments.
@Suite struct WebDeliveryPaymentTests {
    @Test func anAcceptedDeliveryShowsThePaymentItReleased() async throws {
        try await withTestApp(.sqlite) { api in
            // Setup: the demo's delivery-linked milestone, verified by the AFU's acceptance of 40 units.
            let finance = try await api.signIn(Demo.finance)
            let grants = try await api.request(.GET, "/grants", token: finance).items
            let (grantID, milestoneID) = try #require(grants.lazy.compactMap { grant -> (String, String)? in
                let milestones = grant["milestones"] as? [[String: Any]] ?? []
                guard let linked = milestones.first(where: { $0["deliveryUnits"] as? Int == 40 && $0["status"] as? String == "verified" }) else { return nil }
                return (grant["id"] as! String, linked["id"] as! String)
            }.first)
            let officer = WebClient(api.app), customer = WebClient(api.app)
            try await officer.signIn(Demo.officer)
            try await customer.signIn(Demo.afu)
            #expect(!(try await officer.get("/demands").body.contains("href=\"/grants/\(grantID)\"")), "nothing paid yet")

            // Act: finance pays the milestone.
            let paid = try await api.request(.POST, "/grants/\(grantID)/milestones/\(milestoneID)/disbursement", token: finance,
                                             headers: [("Idempotency-Key", "web-delivery-payment")])
            #expect(paid.status == .created || paid.status == .ok, "\(paid.body)")

            // Check: the programme office sees the amount and the grant; the customer only that a payment was released.
            let seen = try await officer.get("/demands").body
            #expect(seen.contains("href=\"/grants/\(grantID)\""))
            #expect(seen.contains("DKK\u{A0}"))
            let told = try await customer.get("/demands").body
            #expect(told.contains("<td>Released</td>"))
            #expect(!told.contains("href=\"/grants/"))
        }
    }
}
