import Foundation
import Testing
import Vapor

/// Bad input gets a 4xx problem+json naming the field and the reason, and stores nothing.
@Suite struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let status: HTTPStatus
        let field: String?
        let body: @Sendable (String) -> String
        var testDescription: String { name }
        var live: Bool { status == .payloadTooLarge }
    }

    static let cases: [Case] = [
        Case(name: "malformed JSON", status: .badRequest, field: nil) { _ in "{\"title\": " },
        Case(name: "unknown field", status: .unprocessableEntity, field: "colour") { id in
            var body = applicationBody(programmeID: id); body["colour"] = "green"; return jsonText(body)
        },
        Case(name: "unknown nested field", status: .unprocessableEntity, field: "productLines[0].colour") { id in
            var body = applicationBody(programmeID: id)
            body["productLines"] = [["name": "x", "category": "ML4", "capacityPerMonth": 1, "colour": "green"]]
            return jsonText(body)
        },
        Case(name: "wrong type", status: .unprocessableEntity, field: "productLines[0].capacityPerMonth") { id in
            var body = applicationBody(programmeID: id)
            body["productLines"] = [["name": "x", "category": "ML4", "capacityPerMonth": "forty"]]
            return jsonText(body)
        },
        Case(name: "amount as a JSON number", status: .unprocessableEntity, field: "requestedAmount.amount") { id in
            var body = applicationBody(programmeID: id); body["requestedAmount"] = ["amount": 3000000.5, "currency": "DKK"]
            return jsonText(body)
        },
        Case(name: "negative amount", status: .unprocessableEntity, field: "requestedAmount.amount") { id in
            jsonText(applicationBody(programmeID: id, amount: "-3000000.00"))
        },
        Case(name: "fraction of an øre", status: .unprocessableEntity, field: "milestones[0].amount") { id in
            var body = applicationBody(programmeID: id)
            var milestones = body["milestones"] as! [[String: Any]]
            milestones[0]["amount"] = "1000000.005"
            body["milestones"] = milestones
            return jsonText(body)
        },
        Case(name: "missing field", status: .unprocessableEntity, field: "title") { id in
            var body = applicationBody(programmeID: id); body.removeValue(forKey: "title"); return jsonText(body)
        },
        Case(name: "unknown currency", status: .unprocessableEntity, field: "requestedAmount.currency") { id in
            var body = applicationBody(programmeID: id); body["requestedAmount"] = ["amount": "3000000.00", "currency": "XYZ"]
            return jsonText(body)
        },
        Case(name: "not a military list category", status: .unprocessableEntity, field: "productLines[0].category") { id in
            var body = applicationBody(programmeID: id)
            body["productLines"] = [["name": "x", "category": "ML23", "capacityPerMonth": 1]]
            return jsonText(body)
        },
        Case(name: "impossible date", status: .unprocessableEntity, field: "milestones[1].dueDate") { id in
            var body = applicationBody(programmeID: id)
            var milestones = body["milestones"] as! [[String: Any]]
            milestones[1]["dueDate"] = "2027-02-30"
            body["milestones"] = milestones
            return jsonText(body)
        },
        Case(name: "text too long", status: .unprocessableEntity, field: "deliveryCommitment") { id in
            var body = applicationBody(programmeID: id)
            body["deliveryCommitment"] = String(repeating: "x", count: 5000)
            return jsonText(body)
        },
        Case(name: "oversized body", status: .payloadTooLarge, field: nil) { id in
            var body = applicationBody(programmeID: id)
            body["deliveryCommitment"] = String(repeating: "x", count: 400 * 1024)
            return jsonText(body)
        },
    ]

    @Test(arguments: TestDatabase.available, cases)
    func refusedWithAProblemAndNothingStored(_ database: TestDatabase, _ badCase: Case) async throws {
        try await withTestApp(database) { api in
            // Setup
            let manufacturer = try await api.signIn(Demo.dnipro)
            let auditor = try await api.signIn(Demo.auditor)
            let programmeID = try await api.request(.GET, "/programmes", token: manufacturer).array[0]["id"] as! String
            let applicationsBefore = try await api.request(.GET, "/applications", token: manufacturer).object["total"] as? Int
            let auditBefore = try await api.request(.GET, "/audit/entries?size=1", token: auditor).object["total"] as? Int

            // Act
            let body = badCase.body(programmeID)
            let reply = try await api.request(.POST, "/applications", token: manufacturer, rawBody: body, live: badCase.live)

            // Check
            #expect(reply.status == badCase.status, "\(reply.body)")
            #expect(reply.isProblem)
            #expect(reply.object["status"] as? Int == Int(badCase.status.code))
            #expect((reply.object["detail"] as? String)?.isEmpty == false)
            if let field = badCase.field {
                let errors = reply.object["errors"] as? [[String: Any]]
                #expect(errors?.first?["field"] as? String == field, "\(reply.body)")
            }
            let applicationsAfter = try await api.request(.GET, "/applications", token: manufacturer).object["total"] as? Int
            let auditAfter = try await api.request(.GET, "/audit/entries?size=1", token: auditor).object["total"] as? Int
            #expect(applicationsAfter == applicationsBefore)
            #expect(auditAfter == auditBefore)
        }
    }

    @Test func submissionWithMilestonesThatDoNotAddUpIsRefused() async throws {
        try await withTestApp(.sqlite) { api in
            let manufacturer = try await api.signIn(Demo.dnipro)
            let programmeID = try await api.request(.GET, "/programmes", token: manufacturer).array[0]["id"] as! String
            var body = applicationBody(programmeID: programmeID)
            body["requestedAmount"] = ["amount": "3500000.00", "currency": "DKK"]
            let id = try await api.request(.POST, "/applications", token: manufacturer, json: body).object["id"] as! String

            let reply = try await api.request(.POST, "/applications/\(id)/submission", token: manufacturer)

            #expect(reply.status == .unprocessableEntity)
            #expect((reply.object["errors"] as? [[String: Any]])?.first?["field"] as? String == "milestones")
            let stored = try await api.request(.GET, "/applications/\(id)", token: manufacturer).object
            #expect(stored["status"] as? String == "draft")
        }
    }

    @Test func paginationOutOfRangeIsNamed() async throws {
        try await withTestApp(.sqlite) { api in
            let officer = try await api.signIn(Demo.officer)
            let reply = try await api.request(.GET, "/applications?size=1000", token: officer)
            #expect(reply.status == .unprocessableEntity)
            #expect((reply.object["errors"] as? [[String: Any]])?.first?["field"] as? String == "size")
        }
    }

    @Test func failedSignInsAreRateLimited() async throws {
        try await withTestApp(.sqlite) { api in
            var statuses: [HTTPStatus] = []
            for _ in 0..<6 {
                statuses.append(try await api.request(.POST, "/session", json: ["email": Demo.dnipro, "password": "wrong-password"]).status)
            }
            #expect(statuses.prefix(5).allSatisfy { $0 == .unauthorized })
            #expect(statuses.last == .tooManyRequests)
            // Even the right password is refused until the window passes.
            let right = try await api.request(.POST, "/session", json: ["email": Demo.dnipro, "password": "demo-password-2026"])
            #expect(right.status == .tooManyRequests)
        }
    }
}

func jsonText(_ body: [String: Any]) -> String {
    String(decoding: try! JSONSerialization.data(withJSONObject: body), as: UTF8.self)
}
