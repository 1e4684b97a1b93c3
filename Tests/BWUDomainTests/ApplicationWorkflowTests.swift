import Foundation
import Testing
@testable import BWUDomain

@Suite("Application workflow: submission, three ministry reviews, decision, grant")
struct ApplicationWorkflowTests {
    // MARK: Submission

    @Test("a draft or an application sent back for changes can be submitted", arguments: [
        ApplicationStatus.draft, .changesRequested,
    ])
    func submitFromEditable(status: ApplicationStatus) throws {
        let next = try ApplicationWorkflow.submit(from: status)

        #expect(next == .submitted)
        #expect(status.isEditable)
    }

    @Test("an application under review or decided cannot be submitted again", arguments: [
        ApplicationStatus.submitted, .approved, .rejected, .granted,
    ])
    func submitRefused(status: ApplicationStatus) throws {
        let error = try #require(throws: DomainError.self) { try ApplicationWorkflow.submit(from: status) }

        #expect(error.kind == .conflict)
        #expect(error.field == "status")
        #expect(error.reason.contains(status.rawValue))
        #expect(!status.isEditable)
    }

    // MARK: Reviews

    @Test("each ministry may review a submitted application once")
    func reviewAllowedOncePerRemit() throws {
        try ApplicationWorkflow.checkReviewAllowed(status: .submitted, remit: .defence, existing: [:])
        try ApplicationWorkflow.checkReviewAllowed(status: .submitted, remit: .industry, existing: [.defence: .approve])

        let error = try #require(throws: DomainError.self) {
            try ApplicationWorkflow.checkReviewAllowed(status: .submitted, remit: .defence, existing: [.defence: .approve])
        }

        #expect(error.kind == .conflict)
        #expect(error.field == "remit")
        #expect(error.reason.contains("defence"))
    }

    @Test("only a submitted application can be reviewed", arguments: [
        ApplicationStatus.draft, .changesRequested, .approved, .rejected, .granted,
    ])
    func reviewNeedsSubmitted(status: ApplicationStatus) throws {
        let error = try #require(throws: DomainError.self) {
            try ApplicationWorkflow.checkReviewAllowed(status: status, remit: .foreignAffairs, existing: [:])
        }

        #expect(error.kind == .conflict)
        #expect(error.field == "status")
    }

    @Test("a resubmission opens a new round: last round's verdicts do not count")
    func verdictsArePerRound() throws {
        let reviewer = UUID()
        func review(_ round: Int, _ remit: Remit, _ verdict: ReviewVerdict) -> ReviewRecord {
            ReviewRecord(id: UUID(), round: round, remit: remit, verdict: verdict, reason: "r",
                         reviewerID: reviewer, createdAt: Date())
        }
        let record = ApplicationRecord(
            id: UUID(), programmeID: UUID(), organisationID: UUID(), status: .submitted, round: 2,
            content: ApplicationContentTests.validContent(),
            reviews: [review(1, .defence, .approve), review(1, .industry, .requestChanges), review(2, .industry, .approve)],
            createdAt: Date(), updatedAt: Date())

        let verdicts = record.currentVerdicts

        #expect(verdicts == [.industry: .approve])
        try ApplicationWorkflow.checkReviewAllowed(status: .submitted, remit: .defence, existing: verdicts)
        #expect(throws: DomainError.self) {
            try ApplicationWorkflow.checkReviewAllowed(status: .submitted, remit: .industry, existing: verdicts)
        }
    }

    // MARK: Outcome of a round

    @Test("the verdicts of a round decide the status", arguments: [
        ([Remit: ReviewVerdict](), ApplicationStatus.submitted),
        ([.defence: .approve], .submitted),
        ([.defence: .approve, .industry: .approve], .submitted),
        ([.defence: .approve, .industry: .approve, .foreignAffairs: .approve], .approved),
        ([.defence: .reject], .rejected),
        ([.defence: .approve, .industry: .approve, .foreignAffairs: .reject], .rejected),
        ([.defence: .requestChanges, .industry: .reject], .rejected),
        ([.defence: .requestChanges, .industry: .reject, .foreignAffairs: .approve], .rejected),
        ([.foreignAffairs: .requestChanges], .changesRequested),
        ([.defence: .approve, .industry: .approve, .foreignAffairs: .requestChanges], .changesRequested),
        ([.defence: .requestChanges, .industry: .requestChanges, .foreignAffairs: .requestChanges], .changesRequested),
    ])
    func outcome(verdicts: [Remit: ReviewVerdict], expected: ApplicationStatus) {
        #expect(ApplicationWorkflow.outcome(of: verdicts) == expected)
    }

    // MARK: Grant

    @Test("only an approved application can become a grant")
    func grantFromApproved() throws {
        try ApplicationWorkflow.checkGrantable(status: .approved)

        for status in ApplicationStatus.allCases where status != .approved {
            let error = try #require(throws: DomainError.self) { try ApplicationWorkflow.checkGrantable(status: status) }
            #expect(error.kind == .conflict)
            #expect(error.field == "status")
        }
    }

    @Test("a full journey: changes requested, resubmitted, approved by all three, granted")
    func fullJourney() throws {
        var status = try ApplicationWorkflow.submit(from: .draft)
        var verdicts: [Remit: ReviewVerdict] = [:]

        for (remit, verdict) in [(Remit.defence, ReviewVerdict.approve), (.industry, .requestChanges)] {
            try ApplicationWorkflow.checkReviewAllowed(status: status, remit: remit, existing: verdicts)
            verdicts[remit] = verdict
            status = ApplicationWorkflow.outcome(of: verdicts)
        }
        #expect(status == .changesRequested)
        #expect(throws: DomainError.self) {
            try ApplicationWorkflow.checkReviewAllowed(status: status, remit: .foreignAffairs, existing: verdicts)
        }

        status = try ApplicationWorkflow.submit(from: status)
        verdicts = [:]
        for remit in Remit.allCases {
            #expect(ApplicationWorkflow.outcome(of: verdicts) == .submitted)
            try ApplicationWorkflow.checkReviewAllowed(status: status, remit: remit, existing: verdicts)
            verdicts[remit] = .approve
            status = ApplicationWorkflow.outcome(of: verdicts)
        }

        #expect(status == .approved)
        try ApplicationWorkflow.checkGrantable(status: status)
        #expect(throws: DomainError.self) { try ApplicationWorkflow.submit(from: status) }
    }

    @Test("status and verdict names are the API's words", arguments: [
        (ApplicationStatus.changesRequested.rawValue, "changes-requested"),
        (ReviewVerdict.requestChanges.rawValue, "request-changes"),
        (Remit.foreignAffairs.rawValue, "foreign-affairs"),
    ])
    func wireNames(actual: String, expected: String) {
        #expect(actual == expected)
    }
}
