import Foundation
import Testing
import Vapor

/// Facilities operate only with every required permit; the programme office sees what expires.
@Suite struct FacilityTests {
    static func permit(_ kind: String, until: String = "2027-06-30", status: String = "granted") -> [String: Any] {
        var body: [String: Any] = ["kind": kind, "issuer": "Authority", "reference": "REF-\(kind)", "status": status,
                                   "validFrom": "2026-01-01", "validUntil": until]
        if kind == "facility-security-clearance" { body["clearanceLevel"] = "SECRET" }
        return body
    }

    @Test(arguments: TestDatabase.available)
    func aFacilityOperatesOnlyWithEveryRequiredPermit(_ database: TestDatabase) async throws {
        try await withTestApp(database) { api in
            let manufacturer = try await api.signIn(Demo.lviv)
            let officer = try await api.signIn(Demo.officer)
            let facility = try await api.request(.POST, "/facilities", token: manufacturer, json: [
                "name": "Aarhus optics plant", "address": "Hack Kampmanns Plads 1", "municipality": "Aarhus", "foreignOwned": true,
            ])
            #expect(facility.status == .created)
            let id = facility.object["id"] as! String
            #expect((facility.object["missingPermits"] as? [String])?.count == 5)

            // Four of five permits: still refused, naming the missing one
            for kind in ["war-material-manufacturing", "investment-screening", "facility-security-clearance", "site-environmental"] {
                let added = try await api.request(.POST, "/facilities/\(id)/permits", token: manufacturer, json: Self.permit(kind))
                #expect(added.status == .created, "\(added.body)")
            }
            let refused = try await api.request(.PUT, "/facilities/\(id)/status", token: manufacturer, json: ["status": "operational"])
            #expect(refused.status == .conflict)
            #expect((refused.object["detail"] as? String)?.contains("foreign-ownership") == true)

            // The fifth, expiring soon: operational, and on the programme office's watch list
            _ = try await api.request(.POST, "/facilities/\(id)/permits", token: manufacturer,
                                      json: Self.permit("foreign-ownership", until: "2026-10-15"))
            let operational = try await api.request(.PUT, "/facilities/\(id)/status", token: manufacturer, json: ["status": "operational"])
            #expect(operational.object["status"] as? String == "operational", "\(operational.body)")
            let alerts = try await api.request(.GET, "/permit-alerts", token: officer).array
            #expect(alerts.contains { $0["facilityId"] as? String == id && $0["alert"] as? String == "expiring" && $0["permitKind"] as? String == "foreign-ownership" })
            let other = try await api.signIn(Demo.dnipro)
            #expect(try await api.request(.GET, "/facilities/\(id)", token: other).status == .notFound)
        }
    }
}
