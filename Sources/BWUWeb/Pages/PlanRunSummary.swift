import Foundation

/// Where a plan run is in its life.
public enum PlanRunState: String, CaseIterable, Sendable {
    case queued, running, succeeded, failed
}

/// One plan run as the pages show it, without its documents.
public struct PlanRunSummary: Sendable {
    public var id: UUID
    public var organisationID: UUID
    public var state: PlanRunState
    public var progress: Int
    public var createdAt: Date
    public var finishedAt: Date?
    public var onTimeFill: Double?
    public var fill: Double?
    public var demands: Int
    public var unmet: Int
    public var error: String?

    public init(
        id: UUID, organisationID: UUID, state: PlanRunState, progress: Int, createdAt: Date, finishedAt: Date?,
        onTimeFill: Double?, fill: Double?, demands: Int, unmet: Int, error: String?
    ) {
        self.id = id
        self.organisationID = organisationID
        self.state = state
        self.progress = progress
        self.createdAt = createdAt
        self.finishedAt = finishedAt
        self.onTimeFill = onTimeFill
        self.fill = fill
        self.demands = demands
        self.unmet = unmet
        self.error = error
    }

    public var isFinished: Bool { state == .succeeded }
}
