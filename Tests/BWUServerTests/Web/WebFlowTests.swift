import BWUDomain
@testable import BWUServer
import Foundation
import Testing
import Vapor

/// The flow of one krone through the pages: draft, submit, three reviews, grant, evidence,
/// verification, payment, with the separation of duties shown and enforced.
@Suite struct WebFlowTests {
    static let applicationForm: [(String, String)] = [
        ("title", "Counter-drone radar line"), ("siteAddress", "Havnevej 3, 6700 Esbjerg"), ("municipality", "Esbjerg"),
        ("deliveryCommitment", "40 radars per year to the AFU"), ("requestedAmount", "2000000.00"),
        ("productLines[0].name", "Radar"), ("productLines[0].category", "ML11"), ("productLines[0].capacityPerMonth", "4"),
        ("milestones[0].description", "Line installed"), ("milestones[0].amount", "2000000.00"),
        ("milestones[0].dueDate", "2027-03-31"), ("milestones[0].evidenceRequired", "Installation protocol"),
    ]

    @Test func validationErrorsAppearNextToTheFieldWithWhatWasTyped() async throws {
        try await withTestApp(.sqlite) { api in
            let web = WebClient(api.app)
            try await web.signIn(Demo.dnipro)
            let csrf = try await web.csrf()
            var fields = Self.applicationForm.filter { $0.0 != "requestedAmount" && $0.0 != "milestones[0].dueDate" }
            fields += [("csrf", csrf), ("requestedAmount", "2.000.000,00"), ("milestones[0].dueDate", "31.03.2027"), ("intent", "save")]
            let reply = try await web.post("/applications", fields)
            #expect(reply.status == .unprocessableEntity)
            #expect(reply.body.contains("value=\"2.000.000,00\""))
            #expect(reply.body.contains("<p class=\"error\" id=\"f-requestedAmount-error\">"))
            #expect(reply.body.contains("<p class=\"error\" id=\"f-milestones-0-dueDate-error\">Enter a date as YYYY-MM-DD.</p>"))
            #expect(reply.body.contains("value=\"Counter-drone radar line\""))

            // Amounts that do not add up: the domain's refusal lands on the milestones.
            var uneven = Self.applicationForm.filter { $0.0 != "milestones[0].amount" }
            uneven += [("csrf", csrf), ("milestones[0].amount", "1500000.00"), ("intent", "submit")]
            let refused = try await web.post("/applications", uneven)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.contains("add up to"))
            #expect(refused.body.contains("value=\"1500000.00\""))
            #expect(refused.body.contains("action=\"/applications/"), "the draft was saved; the form now edits it")
        }
    }

    @Test func oneApplicationFromDraftToPayment() async throws {
        try await withTestApp(.sqlite) { api in
            // Draft and submit in one go.
            let manufacturer = WebClient(api.app)
            try await manufacturer.signIn(Demo.dnipro)
            let created = try await manufacturer.post("/applications", Self.applicationForm + [("csrf", try await manufacturer.csrf()), ("intent", "submit")])
            #expect(created.status == .seeOther)
            let applicationPath = String(created.location!.split(separator: "?")[0])
            #expect(created.location!.hasSuffix("notice=submitted"))

            // Three ministries, each seeing the verdicts before it.
            for (index, email) in [Demo.defence, Demo.industry, Demo.foreign].enumerated() {
                let reviewer = WebClient(api.app)
                try await reviewer.signIn(email)
                let page = try await reviewer.get(applicationPath)
                #expect(page.body.occurrences(of: "<td>Fills the gap</td>") == index, "the verdicts before this one")
                let reply = try await reviewer.post(applicationPath + "/reviews", [("csrf", page.csrf!), ("verdict", "approve"), ("reason", "Fills the gap")])
                #expect(reply.status == .seeOther)
            }

            // The programme office makes the grant.
            let officer = WebClient(api.app)
            try await officer.signIn(Demo.officer)
            let approved = try await officer.get(applicationPath)
            #expect(approved.body.contains("Approved"))
            let granted = try await officer.post(applicationPath + "/grant", [("csrf", approved.csrf!)])
            #expect(granted.status == .seeOther)
            let grantPath = String(granted.location!.split(separator: "?")[0])

            // Evidence as a file upload.
            let grantPage = try await manufacturer.get(grantPath)
            let evidenceAction = grantPage.body.components(separatedBy: "action=\"").dropFirst()
                .map { String($0.prefix { $0 != "\"" }) }.first { $0.hasSuffix("/evidence") }!
            let uploaded = try await manufacturer.postMultipart(evidenceAction, fields: [("csrf", grantPage.csrf!), ("description", "Protocol signed"), ("reference", "")],
                                                               file: ("protocol.pdf", "%PDF-1.4 test"))
            #expect(uploaded.status == .seeOther)

            // Verification shows who verified; the verifier is a different person from the payer.
            let toVerify = try await officer.get(grantPath)
            #expect(toVerify.body.contains("protocol.pdf"))
            let decisionAction = evidenceAction.replacingOccurrences(of: "/evidence", with: "/decision")
            #expect(try await officer.post(decisionAction, [("csrf", toVerify.csrf!), ("decision", "verify"), ("reason", "Seen on site")]).status == .seeOther)

            let finance = WebClient(api.app)
            try await finance.signIn(Demo.finance)
            let toPay = try await finance.get(grantPath)
            #expect(toPay.body.contains("Separation of duties"))
            let key = toPay.body.firstMatch(after: "name=\"idempotencyKey\" value=\"")!
            let disburseAction = evidenceAction.replacingOccurrences(of: "/evidence", with: "/disbursement")
            let paid = try await finance.post(disburseAction, [("csrf", toPay.csrf!), ("idempotencyKey", key)])
            #expect(paid.status == .seeOther)
            let again = try await finance.post(disburseAction, [("csrf", toPay.csrf!), ("idempotencyKey", key)])
            #expect(again.status == .seeOther, "the same form sent twice is answered from the first payment")
            let after = try await finance.get(grantPath)
            #expect(after.body.contains("Paid"))
            #expect(!after.body.contains("/disbursement\""))
            let transactions = try await api.request(.GET, "/ledger/transactions?size=200", token: try await api.signIn(Demo.auditor)).items
            #expect(transactions.filter { $0["kind"] as? String == "disbursement" }.count == 2, "the demo's payment and this one, once")

            // The history of the application is in the audit log.
            let history = try await officer.get(applicationPath)
            #expect(history.body.contains("Approved by all three ministries"))
            #expect(history.body.contains("reviewer.foreign@bwu.demo"))
        }
    }
}
