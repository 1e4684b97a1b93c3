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
}
