import BWUDomain
import Fluent
import Foundation

final class ApplicationModel: Model, @unchecked Sendable {
    static let schema = "applications"

    @ID(key: .id) var id: UUID?
    @Parent(key: "programme_id") var programme: ProgrammeModel
    @Parent(key: "organisation_id") var organisation: OrganisationModel
    @Field(key: "status") var status: String
    @Field(key: "round") var round: Int
    @Field(key: "title") var title: String
    @Field(key: "site_address") var siteAddress: String
    @Field(key: "municipality") var municipality: String
    @Field(key: "requested_minor") var requestedMinor: Int64
    @Field(key: "currency") var currency: String
    @Field(key: "delivery_commitment") var deliveryCommitment: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Children(for: \.$application) var productLines: [ProductLineModel]
    @Children(for: \.$application) var milestones: [ApplicationMilestoneModel]
    @Children(for: \.$application) var reviews: [ReviewModel]

    init() {}

    init(programmeID: UUID, organisationID: UUID) {
        self.$programme.id = programmeID
        self.$organisation.id = organisationID
        self.status = ApplicationStatus.draft.rawValue
        self.round = 0
    }

    func apply(_ content: ApplicationContent) {
        title = content.title
        siteAddress = content.siteAddress
        municipality = content.municipality
        requestedMinor = content.requestedAmount.minorUnits
        currency = content.requestedAmount.currency.code
        deliveryCommitment = content.deliveryCommitment
    }

    var statusValue: ApplicationStatus { ApplicationStatus(rawValue: status) ?? .draft }

    /// Maps to the domain; needs `productLines`, `milestones` and `reviews` eager-loaded.
    func record() throws -> ApplicationRecord {
        let currencyCode = try CurrencyCode(currency)
        let content = ApplicationContent(
            title: title, siteAddress: siteAddress, municipality: municipality,
            productLines: try productLines.sorted { $0.line < $1.line }.map {
                ProductLine(name: $0.name, category: try MilitaryListCategory($0.category), capacityPerMonth: $0.capacityPerMonth)
            },
            requestedAmount: Money(minorUnits: requestedMinor, currency: currencyCode),
            milestones: try milestones.sorted { $0.sequence < $1.sequence }.map { try $0.plan(currency: currencyCode) },
            deliveryCommitment: deliveryCommitment)
        return ApplicationRecord(
            id: try requireID(), programmeID: $programme.id, organisationID: $organisation.id,
            status: statusValue, round: round, content: content,
            reviews: try reviews.sorted { ($0.round, $0.createdAt ?? .distantPast) < ($1.round, $1.createdAt ?? .distantPast) }
                .map { try $0.record() },
            createdAt: createdAt ?? .distantPast, updatedAt: updatedAt ?? .distantPast)
    }
}

final class ProductLineModel: Model, @unchecked Sendable {
    static let schema = "application_product_lines"

    @ID(key: .id) var id: UUID?
    @Parent(key: "application_id") var application: ApplicationModel
    @Field(key: "line") var line: Int
    @Field(key: "name") var name: String
    @Field(key: "category") var category: String
    @Field(key: "capacity_per_month") var capacityPerMonth: Int

    init() {}

    init(applicationID: UUID, line: Int, productLine: ProductLine) {
        self.$application.id = applicationID
        self.line = line
        self.name = productLine.name
        self.category = productLine.category.description
        self.capacityPerMonth = productLine.capacityPerMonth
    }
}

final class ApplicationMilestoneModel: Model, @unchecked Sendable {
    static let schema = "application_milestones"

    @ID(key: .id) var id: UUID?
    @Parent(key: "application_id") var application: ApplicationModel
    @Field(key: "sequence") var sequence: Int
    @Field(key: "description") var description: String
    @Field(key: "amount_minor") var amountMinor: Int64
    @Field(key: "due_date") var dueDate: String
    @Field(key: "evidence_required") var evidenceRequired: String
    @OptionalField(key: "delivery_units") var deliveryUnits: Int?

    init() {}

    init(applicationID: UUID, sequence: Int, plan: MilestonePlan) {
        self.$application.id = applicationID
        self.sequence = sequence
        self.description = plan.description
        self.amountMinor = plan.amount.minorUnits
        self.dueDate = plan.dueDate.description
        self.evidenceRequired = plan.evidenceRequired
        self.deliveryUnits = plan.deliveryUnits
    }

    func plan(currency: CurrencyCode) throws -> MilestonePlan {
        MilestonePlan(
            description: description, amount: Money(minorUnits: amountMinor, currency: currency),
            dueDate: try CalendarDate(dueDate, field: "dueDate"), evidenceRequired: evidenceRequired,
            deliveryUnits: deliveryUnits)
    }
}

final class ReviewModel: Model, @unchecked Sendable {
    static let schema = "reviews"

    @ID(key: .id) var id: UUID?
    @Parent(key: "application_id") var application: ApplicationModel
    @Field(key: "round") var round: Int
    @Field(key: "remit") var remit: String
    @Field(key: "verdict") var verdict: String
    @Field(key: "reason") var reason: String
    @Field(key: "reviewer_id") var reviewerID: UUID
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(applicationID: UUID, round: Int, remit: Remit, verdict: ReviewVerdict, reason: String, reviewerID: UUID) {
        self.$application.id = applicationID
        self.round = round
        self.remit = remit.rawValue
        self.verdict = verdict.rawValue
        self.reason = reason
        self.reviewerID = reviewerID
    }

    func record() throws -> ReviewRecord {
        guard let remit = Remit(rawValue: remit), let verdict = ReviewVerdict(rawValue: verdict) else {
            throw DomainError(.conflict, "stored review \(id?.uuidString ?? "?") has an unknown remit or verdict")
        }
        return ReviewRecord(
            id: try requireID(), round: round, remit: remit, verdict: verdict, reason: reason,
            reviewerID: reviewerID, createdAt: createdAt ?? .distantPast)
    }
}
