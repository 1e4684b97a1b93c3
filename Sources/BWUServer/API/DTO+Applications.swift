import BWUDomain
import BWUPersistence
import Vapor

struct ProductLineDTO: Content {
    let name: String, category: String, capacityPerMonth: Int
    static let schema = BodySchema.object(["name": .value, "category": .value, "capacityPerMonth": .value])
}

struct MilestonePlanDTO: Content {
    let description: String, amount: String, dueDate: String, evidenceRequired: String
    /// Units the armed forces must accept for a delivery-linked milestone.
    let deliveryUnits: Int?
    static let schema = BodySchema.object([
        "description": .value, "amount": .value, "dueDate": .value, "evidenceRequired": .value, "deliveryUnits": .value,
    ])
}

/// The body of POST /applications and PUT /applications/{id}.
struct ApplicationRequest: RequestBody, Content {
    let programmeId: UUID?
    let title: String
    let siteAddress: String
    let municipality: String
    let productLines: [ProductLineDTO]
    let requestedAmount: MoneyDTO
    let milestones: [MilestonePlanDTO]
    let deliveryCommitment: String

    static let schema = BodySchema.object([
        "programmeId": .value, "title": .value, "siteAddress": .value, "municipality": .value,
        "productLines": .array(ProductLineDTO.schema), "requestedAmount": MoneyDTO.schema,
        "milestones": .array(MilestonePlanDTO.schema), "deliveryCommitment": .value,
    ])

    /// Converts to the domain, naming the exact field of any refusal.
    func content() throws -> ApplicationContent {
        let requested = try requestedAmount.money(field: "requestedAmount")
        return ApplicationContent(
            title: title, siteAddress: siteAddress, municipality: municipality,
            productLines: try productLines.enumerated().map { index, line in
                ProductLine(
                    name: line.name,
                    category: try MilitaryListCategory(line.category, field: "productLines[\(index)].category"),
                    capacityPerMonth: line.capacityPerMonth)
            },
            requestedAmount: requested,
            milestones: try milestones.enumerated().map { index, milestone in
                MilestonePlan(
                    description: milestone.description,
                    amount: try Money.parse(milestone.amount, currency: requested.currency, field: "milestones[\(index)].amount"),
                    dueDate: try CalendarDate(milestone.dueDate, field: "milestones[\(index)].dueDate"),
                    evidenceRequired: milestone.evidenceRequired, deliveryUnits: milestone.deliveryUnits)
            },
            deliveryCommitment: deliveryCommitment)
    }
}

struct ReviewDTO: Content {
    let id: UUID, round: Int, remit: String, verdict: String, reason: String, reviewerId: UUID, createdAt: Date
}

struct ApplicationDTO: Content {
    let id: UUID, programmeId: UUID, organisationId: UUID, status: String, round: Int
    let title: String, siteAddress: String, municipality: String
    let productLines: [ProductLineDTO]
    let requestedAmount: MoneyDTO
    let milestones: [MilestonePlanDTO]
    let deliveryCommitment: String
    let reviews: [ReviewDTO]
    let createdAt: Date, updatedAt: Date

    init(_ r: ApplicationRecord) {
        id = r.id; programmeId = r.programmeID; organisationId = r.organisationID
        status = r.status.rawValue; round = r.round
        title = r.content.title; siteAddress = r.content.siteAddress; municipality = r.content.municipality
        productLines = r.content.productLines.map {
            ProductLineDTO(name: $0.name, category: $0.category.description, capacityPerMonth: $0.capacityPerMonth)
        }
        requestedAmount = MoneyDTO(r.content.requestedAmount)
        milestones = r.content.milestones.map {
            MilestonePlanDTO(description: $0.description, amount: $0.amount.decimalString,
                             dueDate: $0.dueDate.description, evidenceRequired: $0.evidenceRequired,
                             deliveryUnits: $0.deliveryUnits)
        }
        deliveryCommitment = r.content.deliveryCommitment
        reviews = r.reviews.map {
            ReviewDTO(id: $0.id, round: $0.round, remit: $0.remit.rawValue, verdict: $0.verdict.rawValue,
                      reason: $0.reason, reviewerId: $0.reviewerID, createdAt: $0.createdAt)
        }
        createdAt = r.createdAt; updatedAt = r.updatedAt
    }
}

struct ReviewRequest: RequestBody {
    let verdict: String, reason: String
    static let schema = BodySchema.object(["verdict": .value, "reason": .value])
}
