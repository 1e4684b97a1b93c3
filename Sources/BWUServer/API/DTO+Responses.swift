import BWUDomain
import BWUPersistence
import Vapor

struct OrganisationDTO: Content {
    let id: UUID, name: String, kind: String, country: String

    init(_ r: OrganisationRecord) {
        id = r.id; name = r.name; kind = r.kind.rawValue; country = r.country
    }
}

struct UserDTO: Content {
    let id: UUID, organisationId: UUID, email: String, name: String, roles: [String], remit: String?

    init(_ r: UserRecord) {
        id = r.id; organisationId = r.organisationID; email = r.email; name = r.name
        roles = r.roles.map(\.rawValue).sorted(); remit = r.remit?.rawValue
    }
}

struct SessionDTO: Content {
    let token: String, expiresAt: Date, user: UserDTO
}

struct BalancesDTO: Content {
    let envelope: MoneyDTO, available: MoneyDTO, committed: MoneyDTO, disbursed: MoneyDTO

    init(_ b: EnvelopeBalances) {
        envelope = MoneyDTO(b.envelope); available = MoneyDTO(b.available)
        committed = MoneyDTO(b.committed); disbursed = MoneyDTO(b.disbursed)
    }
}

struct ProgrammeDTO: Content {
    let id: UUID, name: String, currency: String, balances: BalancesDTO

    init(_ r: ProgrammeRecord) {
        id = r.id; name = r.name; currency = r.currency.code; balances = BalancesDTO(r.balances)
    }
}

struct FundingSourceDTO: Content {
    let id: UUID, programmeId: UUID, donor: String, legalBasis: String, amount: MoneyDTO, createdAt: Date

    init(_ r: FundingSourceRecord) {
        id = r.id; programmeId = r.programmeID; donor = r.donor; legalBasis = r.legalBasis
        amount = MoneyDTO(r.amount); createdAt = r.createdAt
    }
}

struct LedgerTransactionDTO: Content {
    struct PostingDTO: Content { let account: String, amount: MoneyDTO }
    let id: UUID, programmeId: UUID, kind: String, memo: String, createdAt: Date, createdBy: UUID, postings: [PostingDTO]

    init(_ r: LedgerTransactionRecord) {
        id = r.id; programmeId = r.programmeID; kind = r.kind.rawValue; memo = r.memo
        createdAt = r.createdAt; createdBy = r.createdBy
        postings = r.postings.map { PostingDTO(account: $0.account, amount: MoneyDTO($0.amount)) }
    }
}

struct AuditEntryDTO: Content {
    let sequence: Int64, occurredAt: String, actorId: UUID, actorEmail: String, action: String
    let entityType: String, entityId: String, details: [String: String], previousHash: String, hash: String

    init(_ r: AuditRecord) {
        sequence = r.sequence; occurredAt = r.occurredAt; actorId = r.actorID; actorEmail = r.actorEmail
        action = r.action; entityType = r.entityType; entityId = r.entityID; details = r.details
        previousHash = r.previousHash; hash = r.hash
    }
}

struct AuditVerificationDTO: Content {
    let intact: Bool, entriesChecked: Int, firstBreak: String?, brokenSequence: Int64?
}
