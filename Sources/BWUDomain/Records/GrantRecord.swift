import Foundation

public struct EvidenceRecord: Equatable, Sendable {
    public enum Status: String, Codable, Sendable { case pending, verified, rejected }

    public var id: UUID
    public var milestoneID: UUID
    public var description: String
    /// A document reference (archive number, URL) when no file is attached.
    public var reference: String?
    public var fileName: String?
    public var fileSHA256: String?
    public var fileSize: Int?
    public var status: Status
    public var submittedBy: UUID
    public var submittedAt: Date
    public var decidedBy: UUID?
    public var decisionReason: String?

    public init(
        id: UUID, milestoneID: UUID, description: String, reference: String?, fileName: String?,
        fileSHA256: String?, fileSize: Int?, status: Status, submittedBy: UUID, submittedAt: Date,
        decidedBy: UUID?, decisionReason: String?
    ) {
        self.id = id
        self.milestoneID = milestoneID
        self.description = description
        self.reference = reference
        self.fileName = fileName
        self.fileSHA256 = fileSHA256
        self.fileSize = fileSize
        self.status = status
        self.submittedBy = submittedBy
        self.submittedAt = submittedAt
        self.decidedBy = decidedBy
        self.decisionReason = decisionReason
    }
}

public struct MilestoneRecord: Equatable, Sendable {
    public var id: UUID
    public var grantID: UUID
    public var sequence: Int
    public var plan: MilestonePlan
    public var status: MilestoneStatus
    public var verifiedBy: UUID?
    public var disbursementID: UUID?

    public init(
        id: UUID, grantID: UUID, sequence: Int, plan: MilestonePlan, status: MilestoneStatus,
        verifiedBy: UUID?, disbursementID: UUID?
    ) {
        self.id = id
        self.grantID = grantID
        self.sequence = sequence
        self.plan = plan
        self.status = status
        self.verifiedBy = verifiedBy
        self.disbursementID = disbursementID
    }
}

public struct GrantRecord: Equatable, Sendable {
    public var id: UUID
    public var programmeID: UUID
    public var applicationID: UUID
    public var organisationID: UUID
    public var title: String
    public var amount: Money
    public var status: GrantStatus
    public var milestones: [MilestoneRecord]
    public var createdAt: Date

    public init(
        id: UUID, programmeID: UUID, applicationID: UUID, organisationID: UUID, title: String,
        amount: Money, status: GrantStatus, milestones: [MilestoneRecord], createdAt: Date
    ) {
        self.id = id
        self.programmeID = programmeID
        self.applicationID = applicationID
        self.organisationID = organisationID
        self.title = title
        self.amount = amount
        self.status = status
        self.milestones = milestones
        self.createdAt = createdAt
    }
}

public struct DisbursementRecord: Equatable, Sendable {
    public var id: UUID
    public var grantID: UUID
    public var milestoneID: UUID
    public var organisationID: UUID
    public var amount: Money
    public var ledgerTransactionID: UUID
    public var disbursedBy: UUID
    public var createdAt: Date

    public init(
        id: UUID, grantID: UUID, milestoneID: UUID, organisationID: UUID, amount: Money,
        ledgerTransactionID: UUID, disbursedBy: UUID, createdAt: Date
    ) {
        self.id = id
        self.grantID = grantID
        self.milestoneID = milestoneID
        self.organisationID = organisationID
        self.amount = amount
        self.ledgerTransactionID = ledgerTransactionID
        self.disbursedBy = disbursedBy
        self.createdAt = createdAt
    }
}
