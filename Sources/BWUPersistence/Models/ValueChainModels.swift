import BWUDomain
import Fluent
import Foundation

/// A supplier's register entry, kept as one JSON document of ``SupplierProfile``.
final class SupplierProfileModel: Model, @unchecked Sendable {
    static let schema = "supplier_profiles"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "document") var document: String
    @Field(key: "updated_by") var updatedBy: UUID
    @Timestamp(key: "updated_at", on: .none) var updatedAt: Date?

    init() {}

    func profile() throws -> SupplierProfile {
        try JSONDecoder().decode(SupplierProfile.self, from: Data(document.utf8))
    }
}

final class SupplierInvitationModel: Model, @unchecked Sendable {
    static let schema = "supplier_invitations"

    @ID(key: .id) var id: UUID?
    @Field(key: "manufacturer_id") var manufacturerID: UUID
    @Field(key: "supplier_id") var supplierID: UUID
    @Field(key: "item_code") var itemCode: String
    @Field(key: "item_name") var itemName: String
    @Field(key: "message") var message: String
    @Field(key: "status") var status: String
    @Field(key: "created_by") var createdBy: UUID
    @Timestamp(key: "created_at", on: .none) var createdAt: Date?
    @Children(for: \.$invitation) var offers: [SupplierOfferModel]

    init() {}

    /// Maps to the domain; needs `offers` eager-loaded.
    func record() throws -> SupplierInvitationRecord {
        SupplierInvitationRecord(
            id: try requireID(), manufacturerID: manufacturerID, supplierID: supplierID, itemCode: itemCode, itemName: itemName,
            message: message, status: SupplierInvitationRecord.Status(rawValue: status) ?? .open, createdAt: createdAt ?? Date(timeIntervalSince1970: 0),
            offers: try offers.sorted { ($0.submittedAt ?? .distantPast) < ($1.submittedAt ?? .distantPast) }.map { try $0.record() })
    }
}

final class SupplierOfferModel: Model, @unchecked Sendable {
    static let schema = "supplier_offers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "invitation_id") var invitation: SupplierInvitationModel
    @Field(key: "unit_price_minor") var unitPriceMinor: Int64
    @Field(key: "currency") var currency: String
    @Field(key: "capacity_per_week") var capacityPerWeek: Double
    @Field(key: "lead_time_weeks") var leadTimeWeeks: Int
    @Field(key: "min_lot") var minLot: Double
    @Field(key: "valid_until") var validUntil: String
    @Field(key: "status") var status: String
    @Field(key: "note") var note: String
    @Field(key: "submitted_by") var submittedBy: UUID
    @Timestamp(key: "submitted_at", on: .none) var submittedAt: Date?
    @OptionalField(key: "decided_by") var decidedBy: UUID?
    @Timestamp(key: "decided_at", on: .none) var decidedAt: Date?
    @OptionalField(key: "purchase_source_code") var purchaseSourceCode: String?
    @OptionalField(key: "impact") var impact: String?

    init() {}

    func record() throws -> SupplierOfferRecord {
        SupplierOfferRecord(
            id: try requireID(), invitationID: $invitation.id,
            unitPrice: Money(minorUnits: unitPriceMinor, currency: try CurrencyCode(currency)),
            capacityPerWeek: capacityPerWeek, leadTimeWeeks: leadTimeWeeks, minLot: minLot,
            validUntil: try CalendarDate(validUntil, field: "validUntil"),
            status: SupplierOfferRecord.Status(rawValue: status) ?? .submitted, note: note,
            submittedAt: submittedAt ?? Date(timeIntervalSince1970: 0), purchaseSourceCode: purchaseSourceCode)
    }
}

final class CapabilityModel: Model, @unchecked Sendable {
    static let schema = "capabilities"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "product_line") var productLine: String
    @Field(key: "category") var category: String
    @Field(key: "readiness_level") var readinessLevel: Int
    @Field(key: "combat_proven") var combatProven: Bool
    @Field(key: "demonstrable") var demonstrable: String
    @Field(key: "description") var description: String
    @Timestamp(key: "published_at", on: .none) var publishedAt: Date?

    init() {}

    func record() throws -> CapabilityRecord {
        CapabilityRecord(
            id: try requireID(), organisationID: organisationID, productLine: productLine,
            category: try MilitaryListCategory(category), readinessLevel: readinessLevel, combatProven: combatProven,
            demonstrable: demonstrable, description: description, publishedAt: publishedAt ?? Date(timeIntervalSince1970: 0))
    }
}

final class TrialRequestModel: Model, @unchecked Sendable {
    static let schema = "trial_requests"

    @ID(key: .id) var id: UUID?
    @Field(key: "capability_id") var capabilityID: UUID
    @Field(key: "manufacturer_id") var manufacturerID: UUID
    @Field(key: "requester_organisation_id") var requesterOrganisationID: UUID
    @Field(key: "requested_by") var requestedBy: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "purpose") var purpose: String
    @Field(key: "status") var status: String
    @OptionalField(key: "manufacturer_approved") var manufacturerApproved: Bool?
    @OptionalField(key: "ministry_approved") var ministryApproved: Bool?
    @OptionalField(key: "scheduled_for") var scheduledFor: String?
    @OptionalField(key: "outcome") var outcome: String?
    @Timestamp(key: "requested_at", on: .none) var requestedAt: Date?

    init() {}

    func record() throws -> TrialRequestRecord {
        TrialRequestRecord(
            id: try requireID(), capabilityID: capabilityID, manufacturerID: manufacturerID,
            requesterOrganisationID: requesterOrganisationID, requestedBy: requestedBy,
            kind: TrialRequestRecord.Kind(rawValue: kind) ?? .trial, purpose: purpose,
            status: TrialRequestRecord.Status(rawValue: status) ?? .requested,
            manufacturerApproved: manufacturerApproved, ministryApproved: ministryApproved,
            scheduledFor: try scheduledFor.map { try CalendarDate($0, field: "scheduledFor") }, outcome: outcome,
            requestedAt: requestedAt ?? Date(timeIntervalSince1970: 0))
    }

    /// Writes the workflow fields of `record` back.
    func apply(_ record: TrialRequestRecord) {
        status = record.status.rawValue
        manufacturerApproved = record.manufacturerApproved
        ministryApproved = record.ministryApproved
        scheduledFor = record.scheduledFor?.description
        outcome = record.outcome
    }
}
