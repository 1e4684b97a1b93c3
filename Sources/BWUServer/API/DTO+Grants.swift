import BWUDomain
import BWUPersistence
import Vapor

struct MilestoneDTO: Content {
    let id: UUID, sequence: Int, description: String, amount: MoneyDTO, dueDate: String
    let evidenceRequired: String, status: String, verifiedBy: UUID?, disbursementId: UUID?, deliveryUnits: Int?

    init(_ r: MilestoneRecord) {
        id = r.id; sequence = r.sequence; description = r.plan.description; amount = MoneyDTO(r.plan.amount)
        dueDate = r.plan.dueDate.description; evidenceRequired = r.plan.evidenceRequired
        status = r.status.rawValue; verifiedBy = r.verifiedBy; disbursementId = r.disbursementID
        deliveryUnits = r.plan.deliveryUnits
    }
}

struct GrantDTO: Content {
    let id: UUID, programmeId: UUID, applicationId: UUID, organisationId: UUID, title: String
    let amount: MoneyDTO, status: String, milestones: [MilestoneDTO], createdAt: Date

    init(_ r: GrantRecord) {
        id = r.id; programmeId = r.programmeID; applicationId = r.applicationID; organisationId = r.organisationID
        title = r.title; amount = MoneyDTO(r.amount); status = r.status.rawValue
        milestones = r.milestones.map(MilestoneDTO.init); createdAt = r.createdAt
    }
}

struct EvidenceDTO: Content {
    let id: UUID, milestoneId: UUID, description: String, reference: String?, fileName: String?
    let fileSha256: String?, fileSize: Int?, status: String, submittedBy: UUID, submittedAt: Date
    let decidedBy: UUID?, decisionReason: String?

    init(_ r: EvidenceRecord) {
        id = r.id; milestoneId = r.milestoneID; description = r.description; reference = r.reference
        fileName = r.fileName; fileSha256 = r.fileSHA256; fileSize = r.fileSize; status = r.status.rawValue
        submittedBy = r.submittedBy; submittedAt = r.submittedAt; decidedBy = r.decidedBy; decisionReason = r.decisionReason
    }
}

struct DisbursementDTO: Content {
    let id: UUID, grantId: UUID, milestoneId: UUID, organisationId: UUID, amount: MoneyDTO
    let ledgerTransactionId: UUID, disbursedBy: UUID, createdAt: Date

    init(_ r: DisbursementRecord) {
        id = r.id; grantId = r.grantID; milestoneId = r.milestoneID; organisationId = r.organisationID
        amount = MoneyDTO(r.amount); ledgerTransactionId = r.ledgerTransactionID; disbursedBy = r.disbursedBy
        createdAt = r.createdAt
    }
}

struct GrantRequest: RequestBody {
    let applicationId: UUID
    /// `public` (default), `restricted` or `secret`: what open data may publish.
    let classification: String?
    static let schema = BodySchema.object(["applicationId": .value, "classification": .value])
}

struct EvidenceRequest: RequestBody {
    struct File: Decodable { let name: String; let contentBase64: String }
    let description: String
    let reference: String?
    let file: File?
    static let schema = BodySchema.object([
        "description": .value, "reference": .value,
        "file": .object(["name": .value, "contentBase64": .value]),
    ])

    func evidenceFile() throws -> EvidenceFile? {
        guard let file else { return nil }
        guard let data = Data(base64Encoded: file.contentBase64), !data.isEmpty else {
            throw DomainError.invalid("file.contentBase64", "is not non-empty base64")
        }
        guard !file.name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw DomainError.invalid("file.name", "must not be empty")
        }
        return EvidenceFile(name: file.name, content: data)
    }
}

struct VerificationRequest: RequestBody {
    let decision: String, reason: String
    static let schema = BodySchema.object(["decision": .value, "reason": .value])
}
