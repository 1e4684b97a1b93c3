import Foundation

public struct ReviewRecord: Equatable, Sendable {
    public var id: UUID
    public var round: Int
    public var remit: Remit
    public var verdict: ReviewVerdict
    public var reason: String
    public var reviewerID: UUID
    public var createdAt: Date

    public init(id: UUID, round: Int, remit: Remit, verdict: ReviewVerdict, reason: String, reviewerID: UUID, createdAt: Date) {
        self.id = id
        self.round = round
        self.remit = remit
        self.verdict = verdict
        self.reason = reason
        self.reviewerID = reviewerID
        self.createdAt = createdAt
    }
}

public struct ApplicationRecord: Equatable, Sendable {
    public var id: UUID
    public var programmeID: UUID
    public var organisationID: UUID
    public var status: ApplicationStatus
    /// Review round: 0 while a draft, then 1, 2, … with each (re)submission.
    public var round: Int
    public var content: ApplicationContent
    public var reviews: [ReviewRecord]
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: UUID, programmeID: UUID, organisationID: UUID, status: ApplicationStatus, round: Int,
        content: ApplicationContent, reviews: [ReviewRecord], createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.programmeID = programmeID
        self.organisationID = organisationID
        self.status = status
        self.round = round
        self.content = content
        self.reviews = reviews
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The verdicts of the current round, by remit.
    public var currentVerdicts: [Remit: ReviewVerdict] {
        var verdicts: [Remit: ReviewVerdict] = [:]
        for review in reviews where review.round == round { verdicts[review.remit] = review.verdict }
        return verdicts
    }
}
