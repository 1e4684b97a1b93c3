import Foundation
import Testing
import Vapor

/// A manufacturer with a product under ML10, a licence for 50 units to the AFU, a grant whose
/// second milestone is paid on 40 accepted units, and an AFU demand for 60 units.
struct ProductionFixture {
    let manufacturer: String
    let afu: String
    let officer: String
    let finance: String
    let productID: String
    let licenceID: String
    let demandID: String
    let grantID: String
    let deliveryMilestoneID: String
    let afuID: String

    static func make(_ api: TestAPI, licenceUnits: Int = 50) async throws -> ProductionFixture {
        let manufacturer = try await api.signIn(Demo.lviv)
        let officer = try await api.signIn(Demo.officer)
        let finance = try await api.signIn(Demo.finance)
        let afu = try await api.signIn(Demo.afu)
        let afuID = try await api.request(.GET, "/me", token: afu).object["organisationId"] as! String
        let programmeID = try await api.request(.GET, "/programmes", token: officer).array[0]["id"] as! String

        let product = try await api.request(.POST, "/products", token: manufacturer, json: [
            "code": "UAV-R1", "name": "Reconnaissance UAV", "category": "ML10", "unitValue": ["amount": "250000.00", "currency": "DKK"],
        ])
        try #require(product.status == .created, "\(product.body)")
        let licence = try await api.request(.POST, "/export-licences", token: manufacturer, json: [
            "issuer": "Danish Ministry of Justice", "reference": "EXP-2026-\(UUID().uuidString.prefix(6))", "category": "ML10",
            "destinationId": afuID, "quantityCeiling": licenceUnits, "validFrom": "2026-01-01", "validUntil": "2027-12-31",
        ])
        try #require(licence.status == .created, "\(licence.body)")

        // A grant with a delivery-linked milestone, through the whole review flow.
        var body = applicationBody(programmeID: programmeID)
        var milestones = body["milestones"] as! [[String: Any]]
        milestones[1]["deliveryUnits"] = 40
        body["milestones"] = milestones
        let applicationID = try await api.request(.POST, "/applications", token: manufacturer, json: body).object["id"] as! String
        _ = try await api.request(.POST, "/applications/\(applicationID)/submission", token: manufacturer)
        for reviewer in [Demo.defence, Demo.industry, Demo.foreign] {
            let token = try await api.signIn(reviewer)
            _ = try await api.request(.POST, "/applications/\(applicationID)/reviews", token: token, json: ["verdict": "approve", "reason": "ok"])
        }
        let grant = try await api.request(.POST, "/grants", token: officer, json: ["applicationId": applicationID])
        try #require(grant.status == .created, "\(grant.body)")
        let deliveryMilestone = (grant.object["milestones"] as! [[String: Any]]).first { $0["deliveryUnits"] as? Int == 40 }!

        let demand = try await api.request(.POST, "/demands", token: afu, json: [
            "productId": product.object["id"]!, "quantity": 60, "dueDate": "2026-12-31", "priority": 1,
        ])
        try #require(demand.status == .created, "\(demand.body)")
        return ProductionFixture(
            manufacturer: manufacturer, afu: afu, officer: officer, finance: finance,
            productID: product.object["id"] as! String, licenceID: licence.object["id"] as! String,
            demandID: demand.object["id"] as! String, grantID: grant.object["id"] as! String,
            deliveryMilestoneID: deliveryMilestone["id"] as! String, afuID: afuID)
    }
}
