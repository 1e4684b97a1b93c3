import BWUDomain
import BWUMatchmaking
import BWUPersistence
import Vapor

struct CertificationDTO: Content {
    let name: String, reference: String?, validUntil: String
    static let schema = BodySchema.object(["name": .value, "reference": .value, "validUntil": .value])
}

struct SupplierProfileDTO: Content {
    let organisationId: UUID, name: String, categories: [String], cpvCodes: [String], nsns: [String]
    let certifications: [CertificationDTO], clearance: String, country: String, typicalLeadTimeWeeks: Int
    let capacityPerWeek: Double, description: String, updatedAt: Date?

    init(_ r: RegisteredSupplierRecord) {
        organisationId = r.organisationID; name = r.name; categories = r.profile.categories; cpvCodes = r.profile.cpvCodes
        nsns = r.profile.nsns; clearance = r.profile.clearance.rawValue; country = r.profile.country
        certifications = r.profile.certifications.map { CertificationDTO(name: $0.name, reference: $0.reference, validUntil: $0.validUntil.description) }
        typicalLeadTimeWeeks = r.profile.typicalLeadTimeWeeks; capacityPerWeek = r.profile.capacityPerWeek
        description = r.profile.description; updatedAt = r.updatedAt
    }
}

struct SupplierProfileRequest: RequestBody {
    let categories: [String], cpvCodes: [String], nsns: [String], certifications: [CertificationDTO]
    let clearance: String, country: String, typicalLeadTimeWeeks: Int, capacityPerWeek: Double, description: String?
    static let schema = BodySchema.object([
        "categories": .value, "cpvCodes": .value, "nsns": .value, "certifications": .array(CertificationDTO.schema),
        "clearance": .value, "country": .value, "typicalLeadTimeWeeks": .value, "capacityPerWeek": .value, "description": .value,
    ])

    func profile() throws -> SupplierProfile {
        SupplierProfile(
            categories: categories, cpvCodes: cpvCodes, nsns: nsns,
            certifications: try certifications.enumerated().map { index, c in
                .init(name: c.name, reference: c.reference, validUntil: try CalendarDate(c.validUntil, field: "certifications[\(index)].validUntil"))
            },
            clearance: try parseEnum(clearance, field: "clearance"), country: country, typicalLeadTimeWeeks: typicalLeadTimeWeeks,
            capacityPerWeek: capacityPerWeek, description: description ?? "")
    }
}

struct OfferDTO: Content {
    let id: UUID, invitationId: UUID, unitPrice: MoneyDTO, capacityPerWeek: Double, leadTimeWeeks: Int, minLot: Double
    let validUntil: String, status: String, note: String, submittedAt: Date, purchaseSourceCode: String?

    init(_ r: SupplierOfferRecord) {
        id = r.id; invitationId = r.invitationID; unitPrice = MoneyDTO(r.unitPrice); capacityPerWeek = r.capacityPerWeek
        leadTimeWeeks = r.leadTimeWeeks; minLot = r.minLot; validUntil = r.validUntil.description; status = r.status.rawValue
        note = r.note; submittedAt = r.submittedAt; purchaseSourceCode = r.purchaseSourceCode
    }
}

struct InvitationDTO: Content {
    let id: UUID, manufacturerId: UUID, supplierId: UUID, itemCode: String, itemName: String, message: String
    let status: String, createdAt: Date, offers: [OfferDTO]

    init(_ r: SupplierInvitationRecord) {
        id = r.id; manufacturerId = r.manufacturerID; supplierId = r.supplierID; itemCode = r.itemCode; itemName = r.itemName
        message = r.message; status = r.status.rawValue; createdAt = r.createdAt; offers = r.offers.map(OfferDTO.init)
    }
}

struct InvitationRequest: RequestBody {
    let supplierId: UUID, itemCode: String, message: String
    static let schema = BodySchema.object(["supplierId": .value, "itemCode": .value, "message": .value])
}

struct OfferRequest: RequestBody {
    let unitPrice: MoneyDTO, capacityPerWeek: Double, leadTimeWeeks: Int, minLot: Double?, validUntil: String, note: String?
    static let schema = BodySchema.object([
        "unitPrice": MoneyDTO.schema, "capacityPerWeek": .value, "leadTimeWeeks": .value, "minLot": .value, "validUntil": .value, "note": .value,
    ])

    func terms() throws -> OfferTerms {
        OfferTerms(unitPrice: try unitPrice.money(field: "unitPrice"), capacityPerWeek: capacityPerWeek, leadTimeWeeks: leadTimeWeeks,
                   minLot: minLot ?? 0, validUntil: try CalendarDate(validUntil, field: "validUntil"), note: note ?? "")
    }
}

struct OfferDecisionRequest: RequestBody {
    let decision: String, reason: String?
    static let schema = BodySchema.object(["decision": .value, "reason": .value])

    /// `accept` or `reject`.
    func accepts() throws -> Bool {
        switch decision {
        case "accept": return true
        case "reject": return false
        default: throw DomainError.invalid("decision", "'\(decision)' is not one of: accept, reject")
        }
    }
}

struct OfferDecisionDTO: Content {
    let invitation: InvitationDTO
    /// What accepting changed, measured by the planner on the manufacturer's model.
    let impact: ProposalImpact?
}

extension MatchmakingReport: Content {}
extension ProposalImpact: Content {}
extension ValueChainFigures: Content {}

struct CapabilityDTO: Content {
    let id: UUID, organisationId: UUID, productLine: String, category: String, readinessLevel: Int, combatProven: Bool
    let demonstrable: String, description: String, publishedAt: Date

    init(_ r: CapabilityRecord) {
        id = r.id; organisationId = r.organisationID; productLine = r.productLine; category = r.category.description
        readinessLevel = r.readinessLevel; combatProven = r.combatProven; demonstrable = r.demonstrable
        description = r.description; publishedAt = r.publishedAt
    }
}

struct CapabilityRequest: RequestBody {
    let productLine: String, category: String, readinessLevel: Int, combatProven: Bool, demonstrable: String?, description: String?
    static let schema = BodySchema.object([
        "productLine": .value, "category": .value, "readinessLevel": .value, "combatProven": .value, "demonstrable": .value, "description": .value,
    ])
}

struct TrialRequestDTO: Content {
    let id: UUID, capabilityId: UUID, manufacturerId: UUID, requesterOrganisationId: UUID, kind: String, purpose: String
    let status: String, manufacturerApproved: Bool?, ministryApproved: Bool?, scheduledFor: String?, outcome: String?, requestedAt: Date

    init(_ r: TrialRequestRecord) {
        id = r.id; capabilityId = r.capabilityID; manufacturerId = r.manufacturerID; requesterOrganisationId = r.requesterOrganisationID
        kind = r.kind.rawValue; purpose = r.purpose; status = r.status.rawValue; manufacturerApproved = r.manufacturerApproved
        ministryApproved = r.ministryApproved; scheduledFor = r.scheduledFor?.description; outcome = r.outcome; requestedAt = r.requestedAt
    }
}

struct TrialRequestRequest: RequestBody {
    let kind: String, purpose: String
    static let schema = BodySchema.object(["kind": .value, "purpose": .value])
}

struct TrialDecisionRequest: RequestBody {
    let decision: String, reason: String?
    static let schema = BodySchema.object(["decision": .value, "reason": .value])

    /// `approve` or `decline`.
    func approves() throws -> Bool {
        switch decision {
        case "approve": return true
        case "decline": return false
        default: throw DomainError.invalid("decision", "'\(decision)' is not one of: approve, decline")
        }
    }
}

struct TrialScheduleRequest: RequestBody {
    let date: String
    static let schema = BodySchema.object(["date": .value])
}

struct TrialOutcomeRequest: RequestBody {
    let findings: String
    static let schema = BodySchema.object(["findings": .value])
}
