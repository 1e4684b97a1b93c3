import Foundation

/// The rules a milestone passes on its way to payment, including the separation of duties
/// that stops one person from both approving and paying the same money.
public enum MilestoneRules {
    /// The manufacturer may submit evidence while the milestone is open.
    public static func checkEvidenceSubmission(status: MilestoneStatus) throws {
        guard status == .open else {
            throw DomainError.conflict("evidence can only be submitted for an open milestone; this one is '\(status.rawValue)'", field: "status")
        }
    }

    /// Verifying or rejecting evidence.
    /// - Parameters:
    ///   - status: the milestone's status; must be `evidence-submitted`.
    ///   - submittedBy: who submitted the evidence.
    ///   - actor: who decides; may not be the submitter.
    /// - Returns: the milestone's next status: `verified`, or `open` again after a rejection.
    public static func decide(
        _ decision: EvidenceDecision, status: MilestoneStatus, submittedBy: UUID, actor: UUID, deliveryLinked: Bool = false
    ) throws -> MilestoneStatus {
        if deliveryLinked, decision == .verify {
            throw DomainError.conflict("a delivery-linked milestone is verified by the customer's acceptance of its deliveries, not by evidence", field: "decision")
        }
        guard status == .evidenceSubmitted else {
            throw DomainError.conflict("there is no evidence awaiting a decision; the milestone is '\(status.rawValue)'", field: "status")
        }
        guard submittedBy != actor else {
            throw DomainError.forbidden("separation of duties: the user who submitted the evidence cannot verify it")
        }
        return decision == .verify ? .verified : .open
    }

    /// Paying a milestone: only a verified one, never twice, and never by its verifier.
    /// - Parameters:
    ///   - status: the milestone's status; must be `verified`.
    ///   - verifiedBy: who verified the evidence.
    ///   - actor: who disburses.
    public static func checkDisbursement(status: MilestoneStatus, verifiedBy: UUID?, actor: UUID) throws {
        if status == .disbursed {
            throw DomainError.conflict("this milestone has already been paid", field: "status")
        }
        guard status == .verified, let verifiedBy else {
            throw DomainError.conflict("only a verified milestone can be paid; this one is '\(status.rawValue)'", field: "status")
        }
        guard verifiedBy != actor else {
            throw DomainError.forbidden("separation of duties: the user who verified this milestone cannot disburse it")
        }
    }

    /// A grant is complete once every milestone has been paid.
    public static func grantStatus(milestones: [MilestoneStatus]) -> GrantStatus {
        !milestones.isEmpty && milestones.allSatisfy { $0 == .disbursed } ? .completed : .active
    }
}

extension MilestoneRules {
    /// Whether accepted deliveries now verify a delivery-linked milestone.
    /// - Parameters:
    ///   - status: the milestone's status; only open or evidence-submitted milestones move.
    ///   - requiredUnits: the units the milestone asks the customer to accept.
    ///   - acceptedUnits: the units accepted so far on deliveries linked to it.
    public static func verifiedByAcceptance(status: MilestoneStatus, requiredUnits: Int, acceptedUnits: Int) -> Bool {
        (status == .open || status == .evidenceSubmitted) && acceptedUnits >= requiredUnits
    }
}
