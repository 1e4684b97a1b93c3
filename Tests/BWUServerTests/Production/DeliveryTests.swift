import BWUPersistence
import Foundation
import Testing
import Vapor

/// Deliveries: licensed, accepted by the customer, and the money that follows acceptance.
@Suite struct DeliveryTests {
    @Test(arguments: TestDatabase.available)
    func acceptedDeliveriesVerifyTheMilestoneAndThePaymentShowsThem(_ database: TestDatabase) async throws {
        try await withTestApp(database) { api in
            let f = try await ProductionFixture.make(api)

            // Act: ship 40 against the delivery-linked milestone; the AFU accepts all
            let shipped = try await api.request(.POST, "/deliveries", token: f.manufacturer, json: [
                "demandId": f.demandID, "quantity": 40, "milestoneId": f.deliveryMilestoneID,
            ])
            #expect(shipped.status == .created, "\(shipped.body)")
            let deliveryID = shipped.object["id"] as! String
            #expect(shipped.object["licenceId"] as? String == f.licenceID)
            let accepted = try await api.request(.POST, "/deliveries/\(deliveryID)/decision", token: f.afu, json: ["acceptedQuantity": 40])
            #expect(accepted.object["status"] as? String == "accepted")

            // Check: the milestone is verified by acceptance and can be paid
            let grant = try await api.request(.GET, "/grants/\(f.grantID)", token: f.officer).object
            let milestone = (grant["milestones"] as! [[String: Any]]).first { $0["id"] as? String == f.deliveryMilestoneID }!
            #expect(milestone["status"] as? String == "verified")
            let paid = try await api.request(.POST, "/grants/\(f.grantID)/milestones/\(f.deliveryMilestoneID)/disbursement",
                                             token: f.finance, headers: [("Idempotency-Key", "delivery-pay")])
            #expect(paid.status == .created, "\(paid.body)")

            // Check: the link is visible both ways
            let payment = try await api.request(.GET, "/disbursements/\(paid.object["id"]!)", token: f.officer).object
            #expect((payment["deliveries"] as? [[String: Any]])?.first?["id"] as? String == deliveryID)
            let delivery = try await api.request(.GET, "/deliveries/\(deliveryID)", token: f.afu).object
            #expect(delivery["releasedDisbursementId"] as? String == paid.object["id"] as? String)

            // Check: the licence was drawn down and progress counts the units
            let licences = try await api.request(.GET, "/export-licences", token: f.manufacturer).array
            #expect(licences.first { $0["id"] as? String == f.licenceID }?["remainingQuantity"] as? Int == 10)
            let programmeID = try await api.request(.GET, "/programmes", token: f.officer).array[0]["id"] as! String
            let progress = try await api.request(.GET, "/programmes/\(programmeID)/progress", token: f.officer).object
            let row = (progress["grants"] as! [[String: Any]]).first { $0["grantId"] as? String == f.grantID }!
            let figures = row["figures"] as! [String: Any]
            #expect(figures["acceptedUnits"] as? Int == 40)
            #expect(figures["plannedUnits"] as? Int == 40)
            #expect((figures["disbursed"] as? [String: Any])?["amount"] as? String == "2000000.00")
            #expect((figures["costPerAcceptedUnit"] as? [String: Any])?["amount"] as? String == "50000.00")
        }
    }

    @Test(arguments: TestDatabase.available)
    func aDeliveryWithoutACoveringLicenceIsRefusedAndNothingChanges(_ database: TestDatabase) async throws {
        try await withTestApp(database) { api in
            let f = try await ProductionFixture.make(api, licenceUnits: 10)
            let auditor = try await api.signIn(Demo.auditor)
            let auditBefore = try await api.request(.GET, "/audit/entries?size=1", token: auditor).object["total"] as? Int

            let refused = try await api.request(.POST, "/deliveries", token: f.manufacturer, json: ["demandId": f.demandID, "quantity": 11])

            #expect(refused.status == .conflict)
            #expect(refused.isProblem)
            #expect((refused.object["detail"] as? String)?.contains("10 units left") == true, "\(refused.body)")
            #expect(try await api.request(.GET, "/deliveries", token: f.manufacturer).array.isEmpty)
            let licence = try await api.request(.GET, "/export-licences", token: f.manufacturer).array.first { $0["id"] as? String == f.licenceID }
            #expect(licence?["usedQuantity"] as? Int == 0)
            let auditAfter = try await api.request(.GET, "/audit/entries?size=1", token: auditor).object["total"] as? Int
            #expect(auditAfter == auditBefore)
        }
    }

    @Test(arguments: TestDatabase.available)
    func aRejectedDeliveryReleasesNoMoney(_ database: TestDatabase) async throws {
        try await withTestApp(database) { api in
            let f = try await ProductionFixture.make(api)
            let shipped = try await api.request(.POST, "/deliveries", token: f.manufacturer, json: [
                "demandId": f.demandID, "quantity": 40, "milestoneId": f.deliveryMilestoneID,
            ])
            let deliveryID = shipped.object["id"] as! String

            let noReason = try await api.request(.POST, "/deliveries/\(deliveryID)/decision", token: f.afu, json: ["acceptedQuantity": 0])
            #expect(noReason.status == .unprocessableEntity)
            let rejected = try await api.request(.POST, "/deliveries/\(deliveryID)/decision", token: f.afu,
                                                 json: ["acceptedQuantity": 0, "reason": "Failed acceptance flight test"])
            #expect(rejected.object["status"] as? String == "rejected")

            let grant = try await api.request(.GET, "/grants/\(f.grantID)", token: f.officer).object
            let milestone = (grant["milestones"] as! [[String: Any]]).first { $0["id"] as? String == f.deliveryMilestoneID }!
            #expect(milestone["status"] as? String == "open")
            let paid = try await api.request(.POST, "/grants/\(f.grantID)/milestones/\(f.deliveryMilestoneID)/disbursement",
                                             token: f.finance, headers: [("Idempotency-Key", "should-not-pay")])
            #expect(paid.status == .conflict)
            // Nor can an officer sign the milestone off instead of the customer.
            let evidence = try await api.request(.POST, "/grants/\(f.grantID)/milestones/\(f.deliveryMilestoneID)/evidence",
                                                 token: f.manufacturer, json: ["description": "Trust us", "reference": "X"])
            #expect(evidence.status == .created)
            let verify = try await api.request(.POST, "/grants/\(f.grantID)/milestones/\(f.deliveryMilestoneID)/verification",
                                               token: f.officer, json: ["decision": "verify", "reason": "ok"])
            #expect(verify.status == .conflict)
        }
    }

    @Test(arguments: TestDatabase.available)
    func concurrentDeliveriesNeverOverdrawALicence(_ database: TestDatabase) async throws {
        try await withTestApp(database, poolSize: 8) { api in
            let f = try await ProductionFixture.make(api, licenceUnits: 50)
            // 20 shipments of 5 units each against a 60-unit demand and a 50-unit licence.
            let replies = try await withThrowingTaskGroup(of: TestAPI.Reply.self) { group in
                for _ in 0..<20 {
                    group.addTask { try await api.request(.POST, "/deliveries", token: f.manufacturer, json: ["demandId": f.demandID, "quantity": 5]) }
                }
                var replies: [TestAPI.Reply] = []
                for try await reply in group { replies.append(reply) }
                return replies
            }
            #expect(replies.filter { $0.status == .created }.count == 10)
            #expect(replies.filter { $0.status == .conflict }.count == 10)
            let licence = try await api.request(.GET, "/export-licences", token: f.manufacturer).array.first { $0["id"] as? String == f.licenceID }
            #expect(licence?["usedQuantity"] as? Int == 50)
            #expect(licence?["remainingQuantity"] as? Int == 0)
        }
    }

    @Test func customersAndManufacturersSeeOnlyTheirOwnDemandsAndDeliveries() async throws {
        try await withTestApp(.sqlite) { api in
            let f = try await ProductionFixture.make(api)
            _ = try await api.request(.POST, "/deliveries", token: f.manufacturer, json: ["demandId": f.demandID, "quantity": 5])
            let dan = try await api.signIn("danish.armed.forces@bwu.demo")
            let otherManufacturer = try await api.signIn(Demo.dnipro)
            let supplier = try await api.signIn(Demo.supplier)

            let organisation = { (token: String) async throws -> String in
                try await api.request(.GET, "/me", token: token).object["organisationId"] as! String
            }
            let afuDemands = try await api.request(.GET, "/demands", token: f.afu).array
            #expect(afuDemands.contains { $0["id"] as? String == f.demandID })
            #expect(afuDemands.allSatisfy { $0["customerId"] as? String == f.afuID })
            let lviv = try await organisation(f.manufacturer)
            let lvivDemands = try await api.request(.GET, "/demands", token: f.manufacturer).array
            #expect(lvivDemands.contains { $0["id"] as? String == f.demandID })
            #expect(lvivDemands.allSatisfy { $0["manufacturerId"] as? String == lviv })
            let danID = try await organisation(dan)
            #expect(try await api.request(.GET, "/demands", token: dan).array.allSatisfy { $0["customerId"] as? String == danID })
            let dnipro = try await organisation(otherManufacturer)
            #expect(try await api.request(.GET, "/demands", token: otherManufacturer).array.allSatisfy { $0["manufacturerId"] as? String == dnipro })
            #expect(try await api.request(.GET, "/demands/\(f.demandID)", token: dan).status == .notFound)
            #expect(try await api.request(.GET, "/deliveries", token: dan).array.allSatisfy { $0["customerId"] as? String == danID })
            #expect(try await api.request(.GET, "/deliveries", token: supplier).status == .forbidden)
            // Only the demand's customer may decide on its deliveries.
            let delivery = try await api.request(.GET, "/deliveries", token: f.afu).array[0]["id"] as! String
            #expect(try await api.request(.POST, "/deliveries/\(delivery)/decision", token: dan, json: ["acceptedQuantity": 5]).status == .notFound)
        }
    }

    @Test func suppliersSeeTheDemandsTheirPartsGoInto() async throws {
        try await withTestApp(.sqlite) { api in
            // Setup: in the demo, Jutland Composites supplies Dnipro's UAV airframe; Fyn Precision supplies nothing
            let officer = try await api.signIn(Demo.officer)
            let all = try await api.request(.GET, "/demands", token: officer).array
            let products = try await api.request(.GET, "/products", token: officer).array
            let uav = products.first { $0["code"] as? String == "UAV-R1" }!["id"] as! String

            // Act
            let jutland = try await api.request(.GET, "/demands", token: try await api.signIn(Demo.supplier)).array

            // Check
            #expect(!jutland.isEmpty)
            #expect(jutland.allSatisfy { $0["productId"] as? String == uav })
            #expect(jutland.count == all.filter { $0["productId"] as? String == uav }.count)
        }
    }
}
