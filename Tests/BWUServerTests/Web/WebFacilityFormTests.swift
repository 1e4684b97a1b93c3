import BWUDomain
@testable import BWUServer
import Foundation
import Testing
import Vapor

/// Registering facilities, recording their permits and changing their status from the facilities page.
@Suite struct WebFacilityFormTests {
    static func facility(_ api: TestAPI, token: String, named name: String) async throws -> [String: Any]? {
        try await api.request(.GET, "/facilities", token: token).array.first { $0["name"] as? String == name }
    }

    @Test func aManufacturerRegistersAFacilityRecordsItsPermitsAndIsToldWhatItLacksToOperate() async throws {
        try await withTestApp(.sqlite) { api in
            let token = try await api.signIn(Demo.dnipro)
            let web = WebClient(api.app)
            try await web.signIn(Demo.dnipro)
            let page = try await web.get("/facilities")
            #expect(page.body.contains("Register a facility"))

            // Act: register
            let registered = try await web.post("/facilities", [
                ("csrf", page.csrf ?? ""), ("name", "Esbjerg drone hangar"), ("address", "Havnevej 4"),
                ("municipality", "Esbjerg"), ("foreignOwned", "true"),
            ])

            // Check: planned, with the permits a foreign-owned facility needs shown as not recorded
            #expect(registered.status == .seeOther, "\(registered.body.prefix(300))")
            #expect(registered.location == "/facilities?notice=facility-registered")
            let stored = try #require(try await Self.facility(api, token: token, named: "Esbjerg drone hangar"))
            #expect(stored["status"] as? String == "planned")
            #expect(stored["foreignOwned"] as? Bool == true)
            #expect((stored["missingPermits"] as? [String])?.contains("foreign-ownership") == true)
            let id = stored["id"] as! String

            // Act: record the war-material permit, then try to start operating
            let permit = try await web.post("/facilities/\(id)/permits", [
                ("csrf", page.csrf ?? ""), ("kind", "war-material-manufacturing"), ("status", "granted"),
                ("issuer", "Danish Ministry of Justice"), ("reference", "KRIGSMAT-2026-88"), ("validFrom", "2026-11-01"),
                ("validUntil", ""), ("clearanceLevel", ""),
            ])
            let operate = try await web.post("/facilities/\(id)/status", [("csrf", page.csrf ?? ""), ("status", "operational")])

            // Check: the permit is recorded; operating is refused beside the status, naming what is missing
            #expect(permit.status == .seeOther, "\(permit.body.prefix(300))")
            #expect(permit.location == "/facilities?notice=permit-recorded")
            let after = try #require(try await Self.facility(api, token: token, named: "Esbjerg drone hangar"))
            #expect((after["permits"] as? [[String: Any]])?.first?["reference"] as? String == "KRIGSMAT-2026-88")
            #expect(operate.status == .conflict || operate.status == .unprocessableEntity, "\(operate.status)")
            #expect(operate.body.contains("aria-invalid=\"true\"") || operate.body.contains("class=\"error\""))
            #expect(try await Self.facility(api, token: token, named: "Esbjerg drone hangar")?["status"] as? String == "planned")
        }
    }

    @Test func aGrantedPermitWithoutItsEndDateIsRefusedBesideTheDateAndNothingIsRecorded() async throws {
        try await withTestApp(.sqlite) { api in
            let token = try await api.signIn(Demo.dnipro)
            let facility = try #require(try await api.request(.GET, "/facilities", token: token).array.first)
            let id = facility["id"] as! String, before = (facility["permits"] as? [[String: Any]])?.count
            let web = WebClient(api.app)
            try await web.signIn(Demo.dnipro)

            let reply = try await web.post("/facilities/\(id)/permits", [
                ("csrf", try await web.csrf()), ("kind", "foreign-ownership"), ("status", "granted"),
                ("issuer", "Danish Business Authority"), ("reference", "FDI-77"), ("validFrom", ""), ("validUntil", ""), ("clearanceLevel", ""),
            ])

            #expect(reply.status == .unprocessableEntity)
            #expect(reply.body.contains("needs an end date"), "\(reply.body.prefix(300))")
            #expect(reply.body.contains("value=\"FDI-77\""), "what was typed is kept")
            let after = try await api.request(.GET, "/facilities/\(id)", token: token).object
            #expect((after["permits"] as? [[String: Any]])?.count == before)
        }
    }

    @Test func onlyAFacilitysManufacturerAndTheProgrammeOfficeManageIt() async throws {
        try await withTestApp(.sqlite) { api in
            let token = try await api.signIn(Demo.dnipro)
            let facility = try #require(try await api.request(.GET, "/facilities", token: token).array.first)
            let id = facility["id"] as! String
            let permit = [("kind", "site-environmental"), ("status", "applied"), ("issuer", "Municipality"), ("reference", "ENV-1")]
            for (email, path, fields, expected) in [
                (Demo.afu, "/facilities", [("name", "X"), ("address", "Y"), ("municipality", "Z")], HTTPStatus.forbidden),
                (Demo.officer, "/facilities", [("name", "X"), ("address", "Y"), ("municipality", "Z")], .forbidden),
                (Demo.lviv, "/facilities/\(id)/permits", permit, .notFound),
                (Demo.auditor, "/facilities/\(id)/status", [("status", "suspended")], .forbidden),
                (Demo.officer, "/facilities/\(id)/permits", permit, .seeOther),
            ] {
                let web = WebClient(api.app)
                try await web.signIn(email)
                let reply = try await web.post(path, [("csrf", try await web.csrf())] + fields)
                #expect(reply.status == expected, "\(email) \(path): \(reply.body.prefix(200))")
            }
            let officer = WebClient(api.app)
            try await officer.signIn(Demo.officer)
            let page = try await officer.get("/facilities")
            #expect(page.body.contains("Record a permit") && !page.body.contains("Register a facility"))
            let customer = WebClient(api.app)
            try await customer.signIn(Demo.auditor)
            #expect(!(try await customer.get("/facilities").body.contains("Record a permit")))
        }
    }

    @Test func theProgrammeOfficeRevokesAPermitAndTheOperationalFacilityIsSuspended() async throws {
        try await withTestApp(.sqlite) { api in
            // Setup: the demo's operational Skrydstrup hall and its war-material permit
            let token = try await api.signIn(Demo.dnipro)
            let facility = try #require(try await api.request(.GET, "/facilities", token: token).array.first { $0["status"] as? String == "operational" })
            let facilityID = facility["id"] as! String
            let permit = try #require((facility["permits"] as? [[String: Any]])?.first { $0["kind"] as? String == "war-material-manufacturing" })
            let permitID = permit["id"] as! String
            let path = "/facilities/\(facilityID)/permits/\(permitID)"
            let officer = WebClient(api.app)
            try await officer.signIn(Demo.officer)
            let link = "href=\"/facilities/\(facilityID.uppercased())/permits/\(permitID.uppercased())/edit\""
            #expect(try await officer.get("/facilities").body.contains(link))
            let edit = try await officer.get(path + "/edit")
            #expect(edit.status == .ok)
            #expect(edit.body.contains("value=\"\(permit["reference"] as! String)\""), "the form shows the permit as stored")
            func fields(_ changes: [String: String]) -> [(String, String)] {
                var values = ["kind": "war-material-manufacturing", "status": "granted", "issuer": permit["issuer"] as! String,
                              "reference": permit["reference"] as! String, "validFrom": permit["validFrom"] as? String ?? "",
                              "validUntil": permit["validUntil"] as? String ?? "", "clearanceLevel": ""]
                values.merge(changes) { $1 }
                return [("csrf", edit.csrf ?? "")] + values.sorted { $0.key < $1.key }
            }

            // Act: an impossible date range, then the revocation
            let refused = try await officer.post(path, fields(["validFrom": "2026-12-01", "validUntil": "2026-11-01"]))
            let revoked = try await officer.post(path, fields(["status": "revoked"]))

            // Check: the first is refused beside the date and changes nothing; the second suspends the facility
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.contains("is before validFrom"), "\(refused.body.prefix(300))")
            #expect(refused.body.contains("value=\"2026-11-01\""), "what was typed is kept")
            #expect(revoked.status == .seeOther, "\(revoked.body.prefix(300))")
            #expect(revoked.location == "/facilities?notice=permit-updated")
            let after = try await api.request(.GET, "/facilities/\(facilityID)", token: token).object
            #expect(after["status"] as? String == "suspended")
            #expect((after["permits"] as? [[String: Any]])?.first { $0["id"] as? String == permitID }?["status"] as? String == "revoked")

            // Scope: the auditor may not edit; another manufacturer does not find the permit
            let auditor = WebClient(api.app)
            try await auditor.signIn(Demo.auditor)
            #expect(try await auditor.get(path + "/edit").status == .forbidden)
            let lviv = WebClient(api.app)
            try await lviv.signIn(Demo.lviv)
            #expect(try await lviv.get(path + "/edit").status == .notFound)
        }
    }
}
