import BWUDomain
import Foundation
import Testing

/// A trial request needs both the manufacturer and the Ministry of Defence, then a date, then findings.
@Suite struct TrialRequestRulesTests {
    func request() -> TrialRequestRecord {
        TrialRequestRecord(id: UUID(), capabilityID: UUID(), manufacturerID: UUID(), requesterOrganisationID: UUID(), requestedBy: UUID(),
                           kind: .trial, purpose: "Field trial", status: .requested, manufacturerApproved: nil, ministryApproved: nil,
                           scheduledFor: nil, outcome: nil, requestedAt: Date())
    }
    let today = try! CalendarDate("2026-12-01", field: "today")

    @Test func bothPartiesApproveThenItIsScheduledAndCompleted() throws {
        var request = request()
        try TrialRequestRules.decide(&request, by: .manufacturer, approve: true, reason: "")
        #expect(request.status == .requested, "one approval is not enough")
        try TrialRequestRules.decide(&request, by: .ministryOfDefence, approve: true, reason: "")
        #expect(request.status == .approved)
        try TrialRequestRules.schedule(&request, on: try CalendarDate("2027-01-15", field: "date"), today: today)
        #expect(request.status == .scheduled)
        try TrialRequestRules.complete(&request, findings: "Met range and endurance claims.")
        #expect(request.status == .completed)
        #expect(request.outcome == "Met range and endurance claims.")
    }

    @Test func oneRefusalDeclinesWithItsReasonAndNothingFollows() throws {
        var request = request()
        try TrialRequestRules.decide(&request, by: .ministryOfDefence, approve: false, reason: "Export restrictions on the seeker")
        #expect(request.status == .declined)
        #expect(request.outcome == "Export restrictions on the seeker")
        #expect(throws: DomainError.self) { try TrialRequestRules.decide(&request, by: .manufacturer, approve: true, reason: "") }
        #expect(throws: DomainError.self) { try TrialRequestRules.schedule(&request, on: today, today: today) }
    }

    @Test func aPartyDecidesOnceARefusalNeedsAReasonAndThePastCannotBeScheduled() throws {
        var request = request()
        try TrialRequestRules.decide(&request, by: .manufacturer, approve: true, reason: "")
        #expect(throws: DomainError.self) { try TrialRequestRules.decide(&request, by: .manufacturer, approve: true, reason: "") }
        #expect { try TrialRequestRules.decide(&request, by: .ministryOfDefence, approve: false, reason: " ") } throws: {
            ($0 as? DomainError)?.field == "reason"
        }
        try TrialRequestRules.decide(&request, by: .ministryOfDefence, approve: true, reason: "")
        #expect { try TrialRequestRules.schedule(&request, on: try CalendarDate("2026-11-30", field: "date"), today: today) } throws: {
            ($0 as? DomainError)?.field == "date"
        }
        #expect(throws: DomainError.self) { try TrialRequestRules.complete(&request, findings: "x") }
    }
}
