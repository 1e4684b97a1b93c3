import BWUDomain
import BWUPersistence
import Foundation
import Testing
import Vapor

/// The envelope can never be over-committed, also when many grants are made at once by
/// several connections.
@Suite struct ConcurrentCommitmentTests {
    @Test(arguments: TestDatabase.available)
    func fiftyConcurrentGrantsAgainstAnEnvelopeForTen(_ database: TestDatabase) async throws {
        try await withTestApp(database, poolSize: 8) { api in
            // Setup: a programme of DKK 10,000,000.00 and 50 approved applications of DKK 1,000,000.00
            let admin = try await api.signIn(Demo.admin)
            let officer = try await api.signIn(Demo.officer)
            let programme = try await api.request(.POST, "/programmes", token: admin, json: ["name": "Concurrency", "currency": "DKK"])
            let programmeID = programme.object["id"] as! String
            let source = try await api.request(.POST, "/programmes/\(programmeID)/funding-sources", token: officer, json: [
                "donor": "Test donor", "legalBasis": "Test", "amount": ["amount": "10000000.00", "currency": "DKK"],
            ])
            #expect(source.status == .created)
            let applicationIDs = try await Self.approvedApplications(50, programmeID: UUID(uuidString: programmeID)!, api)

            // Act: 50 commit requests at once
            let statuses = try await withThrowingTaskGroup(of: TestAPI.Reply.self) { group in
                for id in applicationIDs {
                    group.addTask { try await api.request(.POST, "/grants", token: officer, json: ["applicationId": id.uuidString]) }
                }
                var replies: [TestAPI.Reply] = []
                for try await reply in group { replies.append(reply) }
                return replies
            }

            // Check: exactly ten grants, forty conflicts as problems, and the ledger adds up
            #expect(statuses.filter { $0.status == .created }.count == 10)
            let refused = statuses.filter { $0.status == .conflict }
            #expect(refused.count == 40)
            #expect(refused.allSatisfy { $0.isProblem && ($0.object["detail"] as? String)?.contains("over-commit") == true })
            let after = try await api.request(.GET, "/programmes/\(programmeID)", token: officer).object
            #expect(balance(after, "committed") == 1_000_000_000)
            #expect(balance(after, "available") == 0)
            #expect(balance(after, "envelope") == balance(after, "available") + balance(after, "committed") + balance(after, "disbursed"))
            #expect(try await AuditService(api.services).verify().break == nil)
        }
    }

    /// Creates approved applications through the services (faster than 250 HTTP calls, same rules).
    static func approvedApplications(_ count: Int, programmeID: UUID, _ api: TestAPI) async throws -> [UUID] {
        let identity = IdentityService(api.services, hasher: PlainHasherForSetup())
        func actor(_ email: String) async throws -> Actor {
            let token = try await api.signIn(email)
            return try await identity.actor(forToken: token)!
        }
        let manufacturer = try await actor(Demo.dnipro)
        let reviewers = [try await actor(Demo.defence), try await actor(Demo.industry), try await actor(Demo.foreign)]
        let applications = ApplicationService(api.services)
        let one = try Money.parse("1000000.00", currency: .dkk, field: "amount")
        let content = ApplicationContent(
            title: "Concurrency line", siteAddress: "Testvej 1", municipality: "Vejle",
            productLines: [ProductLine(name: "Drone", category: try MilitaryListCategory("ML10"), capacityPerMonth: 1)],
            requestedAmount: one,
            milestones: [MilestonePlan(description: "All", amount: one, dueDate: try CalendarDate("2027-01-01", field: "d"), evidenceRequired: "Proof")],
            deliveryCommitment: "Drones to the AFU")
        var ids: [UUID] = []
        for _ in 0..<count {
            let draft = try await applications.create(programmeID: programmeID, content: content, actor: manufacturer)
            _ = try await applications.submit(draft.id, actor: manufacturer)
            for reviewer in reviewers {
                _ = try await applications.review(draft.id, verdict: .approve, reason: "ok", actor: reviewer)
            }
            ids.append(draft.id)
        }
        return ids
    }
}

/// Setup only resolves tokens, it never hashes; real sign-in uses Bcrypt.
private struct PlainHasherForSetup: PasswordHashing {
    func hash(_ password: String) throws -> String { password }
    func verify(_ password: String, against hash: String) throws -> Bool { password == hash }
}
