import BWUDomain
@testable import BWUServer
import Foundation
import Testing
import Vapor

/// The value-chain pages answer each role as the services do: forbidden is 403, out of scope is 404.
@Suite struct WebValueChainAccessTests {
    static let matrix: [WebAccessTests.Expectation] = [
        .init(email: Demo.supplier, allowed: ["/suppliers", "/suppliers/profile", "/invitations", "/capabilities"],
              refused: ["/matchmaking", "/trial-requests", "/capabilities/new"]),
        .init(email: Demo.danish, allowed: ["/suppliers", "/capabilities", "/trial-requests"],
              refused: ["/matchmaking", "/invitations", "/suppliers/profile", "/capabilities/new"]),
        .init(email: Demo.dnipro, allowed: ["/suppliers", "/matchmaking", "/invitations", "/capabilities", "/capabilities/new", "/trial-requests"],
              refused: ["/suppliers/profile"]),
        .init(email: Demo.officer, allowed: ["/matchmaking", "/matchmaking?clearance=secret", "/invitations", "/trial-requests", "/capabilities"],
              refused: ["/suppliers/profile", "/capabilities/new"]),
        .init(email: Demo.auditor, allowed: ["/matchmaking", "/invitations", "/trial-requests", "/suppliers"], refused: ["/capabilities/new"]),
        .init(email: Demo.defence, allowed: ["/trial-requests", "/capabilities"], refused: ["/matchmaking", "/invitations"]),
        .init(email: Demo.industry, allowed: ["/capabilities"], refused: ["/trial-requests", "/matchmaking", "/invitations"]),
    ]

    @Test(arguments: matrix)
    func roleSeesWhatItMayAndIsRefusedTheRest(_ expectation: WebAccessTests.Expectation) async throws {
        try await withTestApp(.sqlite) { api in
            let web = WebClient(api.app)
            try await web.signIn(expectation.email)
            for path in expectation.allowed {
                let page = try await web.get(path)
                #expect(page.status == .ok, "\(expectation.email) \(path): \(page.status)")
            }
            let dashboard = try await web.get("/dashboard").body
            for path in expectation.refused {
                let page = try await web.get(path)
                #expect(page.status == .forbidden, "\(expectation.email) \(path): \(page.status)")
                #expect(page.body.contains("You may not do this"))
                if path.split(separator: "/").count == 1 {
                    #expect(!dashboard.contains("href=\"\(path)\""), "\(expectation.email) menu offers \(path)")
                }
            }
        }
    }

    @Test func recordsOfOtherOrganisationsAreNotFound() async throws {
        try await withTestApp(.sqlite) { api in
            let dnipro = WebClient(api.app)
            try await dnipro.signIn(Demo.dnipro)
            let invitation = try #require(try await dnipro.get("/invitations").links(startingWith: "/invitations/").first)
            let trial = try #require(try await dnipro.get("/trial-requests").links(startingWith: "/trial-requests/").first)

            let kharkiv = WebClient(api.app)
            try await kharkiv.signIn(Demo.kharkiv)
            #expect(try await kharkiv.get(invitation).status == .notFound)
            let foreignTrial = try await kharkiv.get(trial)
            #expect(foreignTrial.status == .notFound && foreignTrial.body.contains("Page not found"))
            let csrf = try await kharkiv.csrf()
            #expect(try await kharkiv.post(trial + "/decision", [("csrf", csrf), ("decision", "approve")]).status == .notFound)

            let officer = WebClient(api.app)
            try await officer.signIn(Demo.officer)
            let picker = try await officer.get("/matchmaking")
            let dniproID = try #require(picker.body.components(separatedBy: "<option value=\"").dropFirst()
                .first { $0.contains("\">Dnipro") }.map { String($0.prefix { $0 != "\"" }) })
            let chosen = try await officer.get("/matchmaking?organisation=\(dniproID)")
            #expect(chosen.status == .ok && chosen.body.contains("FLIGHT-CTRL"))
            #expect(!chosen.actions.contains("/invitations"), "the programme office reads proposals but does not invite")
            let supplierID = try await api.organisationID("Brno Avionics s.r.o.", token: try await api.signIn(Demo.officer))
            #expect(try await officer.get("/matchmaking?organisation=\(supplierID)").status == .notFound)
            #expect(try await officer.get("/invitations/\(UUID().uuidString)").status == .notFound)
        }
    }

    @Test func aSupplierKeepsItsProfileAndABadCodeIsNamedBesideItsField() async throws {
        try await withTestApp(.sqlite) { api in
            let brno = WebClient(api.app)
            try await brno.signIn(Demo.brno)
            let form = try await brno.get("/suppliers/profile")
            #expect(form.body.contains("6605-22-610-0004"))
            var fields: [(String, String)] = [
                ("csrf", form.csrf!), ("categories", "flight controllers, avionics\nradios"), ("cpvCodes", "38112100-4"),
                ("certifications", "AQAP 2110; 2028-01-31"), ("clearance", "confidential"), ("country", "CZ"),
                ("typicalLeadTimeWeeks", "3"), ("capacityPerWeek", "30"), ("description", "Avionics"),
            ]
            let refused = try await brno.post("/suppliers/profile", fields + [("nsns", "6605-22-610-0004, 0605-22-610-0004")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.contains("id=\"f-nsns-error\""))
            #expect(refused.body.contains("NATO supply groups run from 10 to 99"))
            #expect(refused.body.contains("6605-22-610-0004, 0605-22-610-0004</textarea>"))
            fields.append(("nsns", "6605226100004"))
            let saved = try await brno.post("/suppliers/profile", fields)
            #expect(saved.status == .seeOther)
            let register = try await brno.get(saved.location!)
            #expect(register.body.contains("Your supplier profile was saved."))
            #expect(register.body.contains("radios") && register.body.contains("NSN 6605-22-610-0004"))
        }
    }
}
