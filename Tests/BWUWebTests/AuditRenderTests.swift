import BWUDomain
@testable import BWUWeb
import Foundation
import Testing

@Suite struct AuditRenderTests {
    func entry(_ sequence: Int64, _ action: String, previous: String) -> AuditRecord {
        AuditRecord(sequence: sequence, occurredAt: "2026-09-21T14:13:20.000Z", actorID: UUID(), actorEmail: "officer@bwu.demo",
                    action: action, entityType: "application", entityID: UUID().uuidString, details: ["reason": "=cmd()"], previousHash: previous)
    }

    @Test func intactAndBrokenChainsAreStatedPlainly() {
        let first = entry(1, "application.submitted", previous: AuditRecord.genesisHash)
        let intact = AuditPage.render(Fixture.context(Fixture.actor(.auditor), path: "/audit"), AuditModel(
            filter: AuditFilter(), entries: [first], total: 1, pageSize: 50, chain: (1, nil)))
        #expect(intact.contains("Audit chain intact"))
        #expect(intact.contains("<label for=\"f-action\">Action</label>"))
        #expect(intact.contains("href=\"/audit.csv\""))
        let broken = AuditPage.render(Fixture.context(Fixture.actor(.auditor), .da, path: "/audit"), AuditModel(
            filter: AuditFilter(), entries: [first], total: 1, pageSize: 50,
            chain: (1, AuditChain.verify([entry(2, "application.submitted", previous: AuditRecord.genesisHash)]))))
        #expect(broken.contains("Revisionskæden er BRUDT"))
        #expect(broken.contains("role=\"alert\""))
    }

    @Test func auditCSVCarriesTheChainAndDefusesFormulas() {
        let csv = AuditPage.csv([entry(1, "application.submitted", previous: AuditRecord.genesisHash)])
        #expect(csv.hasPrefix("sequence,occurred_at,actor_id,actor_email,action,entity_type,entity_id,details,previous_hash,hash\r\n1,"))
        #expect(csv.contains("\"{\"\"reason\"\":\"\"=cmd()\"\"}\""))
    }

    @Test func ledgerFiltersByKindAndDay() throws {
        let all = [
            Fixture.transaction(.pledge, [("available", 100), ("source:\(UUID())", -100)], at: 0),
            Fixture.transaction(.commitment, [("committed:\(UUID())", 50), ("available", -50)], at: 3 * 86_400),
        ]
        #expect(LedgerModel.apply(LedgerFilter(kind: .pledge), to: all).count == 1)
        #expect(LedgerModel.apply(LedgerFilter(from: try CalendarDate("2026-09-22", field: "from")), to: all).map(\.kind) == [.commitment])
        #expect(LedgerModel.apply(LedgerFilter(to: try CalendarDate("2026-09-21", field: "to")), to: all).map(\.kind) == [.pledge])
        let model = LedgerModel(filter: LedgerFilter(), transactions: all, names: [:], people: [:])
        let html = LedgerPage.render(Fixture.context(Fixture.actor(.auditor), .uk, path: "/ledger"), model)
        #expect(html.contains("<h1>Облік</h1>"))
        #expect(html.contains("−0,50\u{A0}DKK"))
        let csv = LedgerPage.csv(model)
        #expect(csv.contains(",-0.50,DKK,"))
    }
}
