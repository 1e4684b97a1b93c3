import Foundation
import Testing
@testable import BWUDomain

@Suite("Milestones: evidence, verification, disbursement, separation of duties")
struct MilestoneRulesTests {
    let manufacturer = UUID()
    let programmeOfficer = UUID()
    let financeOfficer = UUID()

    // MARK: Evidence

    @Test("evidence can be submitted while the milestone is open")
    func evidenceWhenOpen() throws {
        try MilestoneRules.checkEvidenceSubmission(status: .open)
    }

    @Test("evidence is refused once it is awaiting a decision, verified or paid", arguments: [
        MilestoneStatus.evidenceSubmitted, .verified, .disbursed,
    ])
    func evidenceRefused(status: MilestoneStatus) throws {
        let error = try #require(throws: DomainError.self) { try MilestoneRules.checkEvidenceSubmission(status: status) }

        #expect(error.kind == .conflict)
        #expect(error.field == "status")
        #expect(error.reason.contains(status.rawValue))
    }

    // MARK: Verification

    @Test("verifying evidence makes the milestone verified; rejecting reopens it", arguments: [
        (EvidenceDecision.verify, MilestoneStatus.verified), (.reject, .open),
    ])
    func decide(decision: EvidenceDecision, next: MilestoneStatus) throws {
        let status = try MilestoneRules.decide(
            decision, status: .evidenceSubmitted, submittedBy: manufacturer, actor: programmeOfficer)

        #expect(status == next)
    }

    @Test("a decision needs evidence awaiting one", arguments: [MilestoneStatus.open, .verified, .disbursed])
    func decideNeedsEvidence(status: MilestoneStatus) throws {
        let error = try #require(throws: DomainError.self) {
            try MilestoneRules.decide(.verify, status: status, submittedBy: manufacturer, actor: programmeOfficer)
        }

        #expect(error.kind == .conflict)
        #expect(error.field == "status")
    }

    @Test("whoever submitted the evidence cannot decide on it", arguments: EvidenceDecision.allCases)
    func submitterCannotVerify(decision: EvidenceDecision) throws {
        let error = try #require(throws: DomainError.self) {
            try MilestoneRules.decide(decision, status: .evidenceSubmitted, submittedBy: manufacturer, actor: manufacturer)
        }

        #expect(error.kind == .forbidden)
        #expect(error.reason.contains("separation of duties"))
    }

    // MARK: Disbursement

    @Test("a verified milestone can be paid by someone other than its verifier")
    func disburseVerified() throws {
        try MilestoneRules.checkDisbursement(status: .verified, verifiedBy: programmeOfficer, actor: financeOfficer)
    }

    @Test("the verifier cannot pay the milestone they verified")
    func verifierCannotDisburse() throws {
        let error = try #require(throws: DomainError.self) {
            try MilestoneRules.checkDisbursement(status: .verified, verifiedBy: programmeOfficer, actor: programmeOfficer)
        }

        #expect(error.kind == .forbidden)
        #expect(error.reason.contains("separation of duties"))
    }

    @Test("a paid milestone cannot be paid again, whoever asks", arguments: [true, false])
    func noDoublePayment(sameUser: Bool) throws {
        let actor = sameUser ? programmeOfficer : financeOfficer

        let error = try #require(throws: DomainError.self) {
            try MilestoneRules.checkDisbursement(status: .disbursed, verifiedBy: programmeOfficer, actor: actor)
        }

        #expect(error.kind == .conflict)
        #expect(error.field == "status")
        #expect(error.reason.contains("already been paid"))
    }

    @Test("a milestone that is not verified cannot be paid", arguments: [MilestoneStatus.open, .evidenceSubmitted])
    func disburseNeedsVerified(status: MilestoneStatus) throws {
        let error = try #require(throws: DomainError.self) {
            try MilestoneRules.checkDisbursement(status: status, verifiedBy: nil, actor: financeOfficer)
        }

        #expect(error.kind == .conflict)
        #expect(error.reason.contains(status.rawValue))
    }

    @Test("a 'verified' milestone with no recorded verifier is not paid")
    func disburseNeedsVerifier() throws {
        let error = try #require(throws: DomainError.self) {
            try MilestoneRules.checkDisbursement(status: .verified, verifiedBy: nil, actor: financeOfficer)
        }

        #expect(error.kind == .conflict)
    }

    // MARK: Grant completion

    @Test("a grant is completed only when every milestone is paid", arguments: [
        ([MilestoneStatus](), GrantStatus.active),
        ([.disbursed], .completed),
        ([.disbursed, .disbursed, .disbursed], .completed),
        ([.disbursed, .verified], .active),
        ([.open, .disbursed], .active),
        ([.evidenceSubmitted], .active),
    ])
    func grantStatus(milestones: [MilestoneStatus], expected: GrantStatus) {
        #expect(MilestoneRules.grantStatus(milestones: milestones) == expected)
    }

    // MARK: A milestone's life

    @Test("evidence rejected, resubmitted, verified, paid once, grant completed")
    func fullLife() throws {
        var status = MilestoneStatus.open

        try MilestoneRules.checkEvidenceSubmission(status: status)
        status = .evidenceSubmitted
        status = try MilestoneRules.decide(.reject, status: status, submittedBy: manufacturer, actor: programmeOfficer)
        #expect(status == .open)
        try MilestoneRules.checkEvidenceSubmission(status: status)
        status = .evidenceSubmitted
        status = try MilestoneRules.decide(.verify, status: status, submittedBy: manufacturer, actor: programmeOfficer)
        #expect(MilestoneRules.grantStatus(milestones: [status]) == .active)
        try MilestoneRules.checkDisbursement(status: status, verifiedBy: programmeOfficer, actor: financeOfficer)
        status = .disbursed

        #expect(MilestoneRules.grantStatus(milestones: [status]) == .completed)
        #expect(throws: DomainError.self) {
            try MilestoneRules.checkDisbursement(status: status, verifiedBy: programmeOfficer, actor: financeOfficer)
        }
        #expect(throws: DomainError.self) { try MilestoneRules.checkEvidenceSubmission(status: status) }
    }
}
