import BWUServer
import Foundation
import Testing

/// The spine of the programme through the API: application → three reviews → grant →
/// evidence → verification → disbursement, on SQLite and on PostgreSQL.
@Suite struct MoneyFlowTests {
    @Test(arguments: TestDatabase.available)
    func applicationBecomesAPaidMilestone(_ database: TestDatabase) async throws {
        try await withTestApp(database) { api in
            // Setup
            let manufacturer = try await api.signIn(Demo.dnipro)
            let officer = try await api.signIn(Demo.officer)
            let finance = try await api.signIn(Demo.finance)
            let auditor = try await api.signIn(Demo.auditor)
            let programme = try await api.request(.GET, "/programmes", token: officer).array[0]
            let programmeID = programme["id"] as! String
            let availableBefore = balance(programme, "available")

            // Act: the manufacturer drafts and submits
            let draft = try await api.request(.POST, "/applications", token: manufacturer, json: applicationBody(programmeID: programmeID))
            #expect(draft.status == .created)
            let applicationID = draft.object["id"] as! String
            #expect(draft.object["status"] as? String == "draft")
            let submitted = try await api.request(.POST, "/applications/\(applicationID)/submission", token: manufacturer)
            #expect(submitted.object["status"] as? String == "submitted")
            #expect(submitted.object["round"] as? Int == 1)

            // Act: the three ministries approve
            var last: TestAPI.Reply?
            for reviewer in [Demo.defence, Demo.industry, Demo.foreign] {
                let token = try await api.signIn(reviewer)
                last = try await api.request(.POST, "/applications/\(applicationID)/reviews", token: token,
                                             json: ["verdict": "approve", "reason": "Within remit: fine"])
                #expect(last?.status == .created)
            }
            #expect(last?.object["status"] as? String == "approved")

            // Act: the programme office makes the grant, committing 3,000,000.00
            let grant = try await api.request(.POST, "/grants", token: officer, json: ["applicationId": applicationID])
            #expect(grant.status == .created)
            let grantID = grant.object["id"] as! String
            let milestone = (grant.object["milestones"] as! [[String: Any]])[0]
            let milestoneID = milestone["id"] as! String
            let afterCommit = try await api.request(.GET, "/programmes/\(programmeID)", token: officer).object
            #expect(balance(afterCommit, "available") == availableBefore - 300_000_000)

            // Act: evidence, verification, disbursement
            let base = "/grants/\(grantID)/milestones/\(milestoneID)"
            let evidence = try await api.request(.POST, "\(base)/evidence", token: manufacturer, json: [
                "description": "Installation protocol signed", "reference": "DOC-1",
                "file": ["name": "protocol.pdf", "contentBase64": Data("%PDF-1.4 protocol".utf8).base64EncodedString()],
            ])
            #expect(evidence.status == .created)
            #expect((evidence.object["fileSha256"] as? String)?.count == 64)
            let verified = try await api.request(.POST, "\(base)/verification", token: officer,
                                                 json: ["decision": "verify", "reason": "Seen on site"])
            #expect(verified.object["status"] as? String == "verified")
            let paid = try await api.request(.POST, "\(base)/disbursement", token: finance, headers: [("Idempotency-Key", "pay-1")])
            #expect(paid.status == .created)

            // Check: a retry returns the first result and pays nothing more
            let retry = try await api.request(.POST, "\(base)/disbursement", token: finance, headers: [("Idempotency-Key", "pay-1")])
            #expect(retry.status == .created)
            #expect(retry.object["id"] as? String == paid.object["id"] as? String)
            #expect(retry.headers.first(name: "Idempotent-Replayed") == "true")
            let again = try await api.request(.POST, "\(base)/disbursement", token: finance, headers: [("Idempotency-Key", "pay-2")])
            #expect(again.status == .conflict)
            #expect(again.isProblem)

            // Check: the ledger moved exactly 1,000,000.00 from committed to disbursed, and balances add up
            let after = try await api.request(.GET, "/programmes/\(programmeID)", token: officer).object
            let beforeDisbursed = balance(afterCommit, "disbursed")
            #expect(balance(after, "disbursed") == beforeDisbursed + 100_000_000)
            #expect(balance(after, "envelope") == balance(after, "available") + balance(after, "committed") + balance(after, "disbursed"))
            let payments = try await api.request(.GET, "/disbursements?grantId=\(grantID)", token: manufacturer)
            #expect(payments.items.count == 1)

            // Check: the auditor sees every step in an intact chain
            let trail = try await api.request(.GET, "/audit/entries?entityId=\(applicationID.uppercased())&size=200", token: auditor)
            let actions = trail.items.compactMap { $0["action"] as? String }
            #expect(actions.contains("application.submitted"))
            #expect(actions.filter { $0 == "application.reviewed" }.count == 3)
            #expect(actions.contains("application.approved"))
            let verification = try await api.request(.GET, "/audit/verification", token: auditor)
            #expect(verification.object["intact"] as? Bool == true)
        }
    }

    @Test(arguments: TestDatabase.available)
    func verifierCannotDisburseTheSameMilestone(_ database: TestDatabase) async throws {
        try await withTestApp(database) { api in
            // Setup: a user who is both programme officer and finance officer
            let admin = try await api.signIn(Demo.admin)
            let organisations = try await api.request(.GET, "/organisations", token: admin).array
            let office = organisations.first { ($0["kind"] as? String) == "programme-office" }!["id"] as! String
            let created = try await api.request(.POST, "/users", token: admin, json: [
                "organisationId": office, "email": "dual.role@bwu.demo", "name": "Dual Role",
                "password": "long-enough-password", "roles": ["programme-officer", "finance-officer"],
            ])
            #expect(created.status == .created)
            let dual = try await api.signIn("dual.role@bwu.demo", password: "long-enough-password")
            let grants = try await api.request(.GET, "/grants", token: dual).items
            let grant = grants.first { ($0["milestones"] as! [[String: Any]]).contains { $0["status"] as? String == "evidence-submitted" } }!
            let milestone = (grant["milestones"] as! [[String: Any]]).first { $0["status"] as? String == "evidence-submitted" }!
            let base = "/grants/\(grant["id"]!)/milestones/\(milestone["id"]!)"

            // Act
            let verified = try await api.request(.POST, "\(base)/verification", token: dual, json: ["decision": "verify", "reason": "ok"])
            let disbursed = try await api.request(.POST, "\(base)/disbursement", token: dual, headers: [("Idempotency-Key", "k1")])

            // Check
            #expect(verified.status == .ok)
            #expect(disbursed.status == .forbidden)
            #expect((disbursed.object["detail"] as? String)?.contains("separation of duties") == true)
            let finance = try await api.signIn(Demo.finance)
            let paid = try await api.request(.POST, "\(base)/disbursement", token: finance, headers: [("Idempotency-Key", "k1")])
            #expect(paid.status == .created)
        }
    }

    @Test(arguments: TestDatabase.available)
    func requestForChangesSendsTheApplicationBackForResubmission(_ database: TestDatabase) async throws {
        try await withTestApp(database) { api in
            let manufacturer = try await api.signIn(Demo.lviv)
            let programmeID = try await api.request(.GET, "/programmes", token: manufacturer).array[0]["id"] as! String
            let id = try await api.request(.POST, "/applications", token: manufacturer, json: applicationBody(programmeID: programmeID)).object["id"] as! String
            _ = try await api.request(.POST, "/applications/\(id)/submission", token: manufacturer)
            let industry = try await api.signIn(Demo.industry)

            let sentBack = try await api.request(.POST, "/applications/\(id)/reviews", token: industry,
                                                 json: ["verdict": "request-changes", "reason": "Add the site lease"])
            #expect(sentBack.object["status"] as? String == "changes-requested")
            var edited = applicationBody(programmeID: programmeID, title: "Loitering munition assembly (lease attached)")
            edited.removeValue(forKey: "programmeId")
            let updated = try await api.request(.PUT, "/applications/\(id)", token: manufacturer, json: edited)
            #expect(updated.status == .ok)
            let resubmitted = try await api.request(.POST, "/applications/\(id)/submission", token: manufacturer)
            #expect(resubmitted.object["round"] as? Int == 2)
            #expect(resubmitted.object["status"] as? String == "submitted")

            let defence = try await api.signIn(Demo.defence)
            let rejected = try await api.request(.POST, "/applications/\(id)/reviews", token: defence,
                                                 json: ["verdict": "reject", "reason": "No military need"])
            #expect(rejected.object["status"] as? String == "rejected")
            let tooLate = try await api.request(.POST, "/applications/\(id)/reviews", token: industry,
                                                json: ["verdict": "approve", "reason": "fine"])
            #expect(tooLate.status == .conflict)
        }
    }
}

/// Minor units of one balance in a programme JSON object.
func balance(_ programme: [String: Any], _ name: String) -> Int64 {
    let balances = programme["balances"] as! [String: Any]
    let amount = (balances[name] as! [String: Any])["amount"] as! String
    return Int64(amount.replacingOccurrences(of: ".", with: ""))!
}
