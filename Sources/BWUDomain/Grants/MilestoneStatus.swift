/// A grant milestone's progress from "owed evidence" to "paid".
public enum MilestoneStatus: String, Codable, CaseIterable, Sendable {
    /// Waiting for the manufacturer's evidence (again, after a rejection).
    case open
    case evidenceSubmitted = "evidence-submitted"
    case verified
    case disbursed
}

public enum GrantStatus: String, Codable, CaseIterable, Sendable {
    case active
    /// Every milestone has been paid.
    case completed
}

public enum EvidenceDecision: String, Codable, CaseIterable, Sendable {
    case verify
    case reject
}
