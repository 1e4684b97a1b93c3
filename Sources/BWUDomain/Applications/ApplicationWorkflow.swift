/// The rules that move an application between states. Pure functions: the caller
/// loads the current state, asks here, and stores the answer in one transaction.
public enum ApplicationWorkflow {
    /// Submitting (or resubmitting after a request for changes) opens a new review round.
    /// - Returns: the status after submission, always `.submitted`.
    public static func submit(from status: ApplicationStatus) throws -> ApplicationStatus {
        guard status.isEditable else {
            throw DomainError.conflict("an application in status '\(status.rawValue)' cannot be submitted", field: "status")
        }
        return .submitted
    }

    /// Checks that a reviewer may record a verdict in `remit` on an application now.
    /// - Parameters:
    ///   - status: the application's current status.
    ///   - remit: the remit of the reviewer.
    ///   - existing: the verdicts already recorded in the current round, by remit.
    public static func checkReviewAllowed(
        status: ApplicationStatus, remit: Remit, existing: [Remit: ReviewVerdict]
    ) throws {
        guard status == .submitted else {
            throw DomainError.conflict("only submitted applications can be reviewed; this one is '\(status.rawValue)'", field: "status")
        }
        if existing[remit] != nil {
            throw DomainError.conflict("the \(remit.rawValue) review for this submission is already recorded", field: "remit")
        }
    }

    /// The status that follows the verdicts of a review round.
    ///
    /// Any rejection rejects the application; otherwise any request for changes sends it
    /// back to the manufacturer; only when all three ministries approve is it approved.
    /// While verdicts are missing and none is negative, it stays submitted.
    public static func outcome(of verdicts: [Remit: ReviewVerdict]) -> ApplicationStatus {
        if verdicts.values.contains(.reject) { return .rejected }
        if verdicts.values.contains(.requestChanges) { return .changesRequested }
        if Remit.allCases.allSatisfy({ verdicts[$0] == .approve }) { return .approved }
        return .submitted
    }

    /// A grant can only be made from an application all three ministries approved.
    public static func checkGrantable(status: ApplicationStatus) throws {
        guard status == .approved else {
            throw DomainError.conflict("only approved applications can become grants; this one is '\(status.rawValue)'", field: "status")
        }
    }
}
