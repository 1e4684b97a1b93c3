import Foundation
import Testing
@testable import BWUDomain

@Suite("Access: roles an actor must hold")
struct AccessTests {
    func actor(_ roles: Set<Role>, remit: Remit? = nil) -> Actor {
        Actor(userID: UUID(), email: "user@example.dk", organisationID: UUID(), organisationKind: .ministry,
              roles: roles, remit: remit)
    }

    @Test("an actor holding one of the allowed roles may act")
    func allowed() throws {
        let finance = actor([.financeOfficer])

        try finance.require(.financeOfficer, to: "disburse a milestone")
        try finance.require(.programmeOfficer, .financeOfficer, to: "see payments")
    }

    @Test("an actor without the role is forbidden, and told which role is needed")
    func forbiddenNamesRole() throws {
        let reviewer = actor([.reviewer], remit: .defence)

        let error = try #require(throws: DomainError.self) {
            try reviewer.require(.financeOfficer, to: "disburse a milestone")
        }

        #expect(error.kind == .forbidden)
        #expect(error.reason == "disburse a milestone requires the role finance-officer")
    }

    @Test("with several allowed roles, all are named")
    func forbiddenNamesAllRoles() throws {
        let error = try #require(throws: DomainError.self) {
            try actor([.auditor]).require(.programmeOfficer, .admin, to: "open a call")
        }

        #expect(error.reason.contains("programme-officer or admin"))
    }

    @Test("an actor with no roles may do nothing", arguments: Role.allCases)
    func noRoles(role: Role) throws {
        let error = try #require(throws: DomainError.self) { try actor([]).require(role, to: "act") }

        #expect(error.kind == .forbidden)
        #expect(error.reason.contains(role.rawValue))
    }

    @Test("programme, finance, audit and admin roles see every organisation; others only their own", arguments: Role.allCases)
    func seesAllOrganisations(role: Role) {
        let expected: Set<Role> = [.programmeOfficer, .financeOfficer, .auditor, .admin]

        #expect(actor([role]).seesAllOrganisations == expected.contains(role))
    }

    @Test("a domain error reads as field: reason")
    func errorDescription() {
        #expect(DomainError.invalid("amount", "must not be negative").description == "amount: must not be negative")
        #expect(DomainError.forbidden("no").description == "no")
        #expect(DomainError.notFound("grant").reason == "grant not found")
    }
}
