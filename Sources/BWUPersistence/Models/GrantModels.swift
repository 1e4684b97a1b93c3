import BWUDomain
import Fluent
import Foundation

final class GrantModel: Model, @unchecked Sendable {
    static let schema = "grants"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: ProgrammeModel
    @Parent(key: "application_id") var application: ApplicationModel
    @Parent(key: "organisation_id") var organisation: OrganisationModel
    @Field(key: "title") var title: String
    @Field(key: "amount_minor") var amountMinor: Int64
    @Field(key: "currency") var currency: String
    @Field(key: "status") var status: String
    @Field(key: "classification") var classification: String
    @Field(key: "created_by") var createdBy: UUID
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Children(for: \.$grant) var milestones: [MilestoneModel]

    init() {}

    init(
        id: UUID, programmeID: UUID, applicationID: UUID, organisationID: UUID, title: String, amount: Money,
        classification: GrantClassification, createdBy: UUID
    ) {
        self.classification = classification.rawValue
        self.id = id
        self.$programme.id = programmeID
        self.$application.id = applicationID
        self.$organisation.id = organisationID
        self.title = title
        self.amountMinor = amount.minorUnits
        self.currency = amount.currency.code
        self.status = GrantStatus.active.rawValue
        self.createdBy = createdBy
    }

    /// Maps to the domain; needs `milestones` eager-loaded.
    func record() throws -> GrantRecord {
        let code = try CurrencyCode(currency)
        return GrantRecord(
            id: try requireID(), programmeID: $programme.id, applicationID: $application.id,
            organisationID: $organisation.id, title: title,
            amount: Money(minorUnits: amountMinor, currency: code),
            status: GrantStatus(rawValue: status) ?? .active,
            milestones: try milestones.sorted { $0.sequence < $1.sequence }.map { try $0.record(currency: code) },
            createdAt: createdAt ?? .distantPast)
    }
}

final class MilestoneModel: Model, @unchecked Sendable {
    static let schema = "milestones"

    @ID(key: .id) var id: UUID?
    @Parent(key: "grant_id") var grant: GrantModel
    @Field(key: "sequence") var sequence: Int
    @Field(key: "description") var description: String
    @Field(key: "amount_minor") var amountMinor: Int64
    @Field(key: "due_date") var dueDate: String
    @Field(key: "evidence_required") var evidenceRequired: String
    @Field(key: "status") var status: String
    @OptionalField(key: "verified_by") var verifiedBy: UUID?
    @OptionalField(key: "disbursement_id") var disbursementID: UUID?
    @OptionalField(key: "delivery_units") var deliveryUnits: Int?

    init() {}

    init(grantID: UUID, sequence: Int, plan: MilestonePlan) {
        self.$grant.id = grantID
        self.sequence = sequence
        self.description = plan.description
        self.amountMinor = plan.amount.minorUnits
        self.dueDate = plan.dueDate.description
        self.evidenceRequired = plan.evidenceRequired
        self.deliveryUnits = plan.deliveryUnits
        self.status = MilestoneStatus.open.rawValue
    }

    var statusValue: MilestoneStatus { MilestoneStatus(rawValue: status) ?? .open }

    func record(currency: CurrencyCode) throws -> MilestoneRecord {
        MilestoneRecord(
            id: try requireID(), grantID: $grant.id, sequence: sequence,
            plan: MilestonePlan(
                description: description, amount: Money(minorUnits: amountMinor, currency: currency),
                dueDate: try CalendarDate(dueDate, field: "dueDate"), evidenceRequired: evidenceRequired,
                deliveryUnits: deliveryUnits),
            status: statusValue, verifiedBy: verifiedBy, disbursementID: disbursementID)
    }
}

final class EvidenceModel: Model, @unchecked Sendable {
    static let schema = "evidence"

    @ID(key: .id) var id: UUID?
    @Parent(key: "milestone_id") var milestone: MilestoneModel
    @Field(key: "description") var description: String
    @OptionalField(key: "reference") var reference: String?
    @OptionalField(key: "file_name") var fileName: String?
    @OptionalField(key: "file_sha256") var fileSHA256: String?
    @OptionalField(key: "file_size") var fileSize: Int?
    @OptionalField(key: "file_content") var fileContent: Data?
    @Field(key: "status") var status: String
    @Field(key: "submitted_by") var submittedBy: UUID
    @OptionalField(key: "decided_by") var decidedBy: UUID?
    @OptionalField(key: "decision_reason") var decisionReason: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    func record() throws -> EvidenceRecord {
        EvidenceRecord(
            id: try requireID(), milestoneID: $milestone.id, description: description, reference: reference,
            fileName: fileName, fileSHA256: fileSHA256, fileSize: fileSize,
            status: EvidenceRecord.Status(rawValue: status) ?? .pending, submittedBy: submittedBy,
            submittedAt: createdAt ?? .distantPast, decidedBy: decidedBy, decisionReason: decisionReason)
    }
}

final class DisbursementModel: Model, @unchecked Sendable {
    static let schema = "disbursements"

    @ID(key: .id) var id: UUID?
    @Parent(key: "grant_id") var grant: GrantModel
    @Parent(key: "milestone_id") var milestone: MilestoneModel
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "amount_minor") var amountMinor: Int64
    @Field(key: "currency") var currency: String
    @Field(key: "ledger_transaction_id") var ledgerTransactionID: UUID
    @Field(key: "disbursed_by") var disbursedBy: UUID
    /// The payment date, from the services' clock (see the ledger's transactions).
    @Timestamp(key: "created_at", on: .none) var createdAt: Date?

    init() {}

    func record() throws -> DisbursementRecord {
        DisbursementRecord(
            id: try requireID(), grantID: $grant.id, milestoneID: $milestone.id, organisationID: organisationID,
            amount: Money(minorUnits: amountMinor, currency: try CurrencyCode(currency)),
            ledgerTransactionID: ledgerTransactionID, disbursedBy: disbursedBy, createdAt: createdAt ?? .distantPast)
    }
}

/// The stored answer to a request made with an `Idempotency-Key`, so a retry gets the same answer.
final class IdempotencyRecordModel: Model, @unchecked Sendable {
    static let schema = "idempotency_keys"

    @ID(key: .id) var id: UUID?
    @Field(key: "user_id") var userID: UUID
    @Field(key: "key") var key: String
    @Field(key: "request_fingerprint") var requestFingerprint: String
    @Field(key: "result_id") var resultID: UUID
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(userID: UUID, key: String, requestFingerprint: String, resultID: UUID) {
        self.userID = userID
        self.key = key
        self.requestFingerprint = requestFingerprint
        self.resultID = resultID
    }
}
