import BWUDomain
import Fluent
import Foundation

final class FacilityModel: Model, @unchecked Sendable {
    static let schema = "facilities"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "name") var name: String
    @Field(key: "address") var address: String
    @Field(key: "municipality") var municipality: String
    @Field(key: "foreign_owned") var foreignOwned: Bool
    @Field(key: "status") var status: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Children(for: \.$facility) var permits: [PermitModel]

    init() {}

    /// Maps to the domain; needs `permits` eager-loaded.
    func record() throws -> FacilityRecord {
        FacilityRecord(
            id: try requireID(), organisationID: organisationID, name: name, address: address, municipality: municipality,
            foreignOwned: foreignOwned, status: FacilityStatus(rawValue: status) ?? .planned,
            permits: try permits.sorted { ($0.kind, $0.reference) < ($1.kind, $1.reference) }.map { try $0.record() })
    }
}

final class PermitModel: Model, @unchecked Sendable {
    static let schema = "permits"

    @ID(key: .id) var id: UUID?
    @Parent(key: "facility_id") var facility: FacilityModel
    @Field(key: "kind") var kind: String
    @Field(key: "issuer") var issuer: String
    @Field(key: "reference") var reference: String
    @Field(key: "status") var status: String
    @OptionalField(key: "valid_from") var validFrom: String?
    @OptionalField(key: "valid_until") var validUntil: String?
    @OptionalField(key: "clearance_level") var clearanceLevel: String?

    init() {}

    func record() throws -> PermitRecord {
        PermitRecord(
            id: try requireID(), facilityID: $facility.id, kind: PermitKind(rawValue: kind) ?? .siteEnvironmental,
            issuer: issuer, reference: reference, status: PermitStatus(rawValue: status) ?? .applied,
            validFrom: try validFrom.map { try CalendarDate($0, field: "validFrom") },
            validUntil: try validUntil.map { try CalendarDate($0, field: "validUntil") }, clearanceLevel: clearanceLevel)
    }
}

final class ExportLicenceModel: Model, @unchecked Sendable {
    static let schema = "export_licences"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "issuer") var issuer: String
    @Field(key: "reference") var reference: String
    @Field(key: "category") var category: String
    @Field(key: "destination_id") var destinationID: UUID
    @OptionalField(key: "quantity_ceiling") var quantityCeiling: Int?
    @OptionalField(key: "value_ceiling_minor") var valueCeilingMinor: Int64?
    @Field(key: "currency") var currency: String
    @Field(key: "valid_from") var validFrom: String
    @Field(key: "valid_until") var validUntil: String
    @Field(key: "status") var status: String
    @Children(for: \.$licence) var drawdowns: [LicenceDrawdownModel]

    init() {}

    /// Maps to the domain; needs `drawdowns` eager-loaded (the used balance is their sum).
    func record() throws -> ExportLicenceRecord {
        let code = try CurrencyCode(currency)
        return ExportLicenceRecord(
            id: try requireID(), organisationID: organisationID, issuer: issuer, reference: reference,
            category: try MilitaryListCategory(category), destinationID: destinationID, quantityCeiling: quantityCeiling,
            valueCeiling: valueCeilingMinor.map { Money(minorUnits: $0, currency: code) },
            validFrom: try CalendarDate(validFrom, field: "validFrom"), validUntil: try CalendarDate(validUntil, field: "validUntil"),
            status: ExportLicenceRecord.Status(rawValue: status) ?? .revoked,
            usedQuantity: drawdowns.reduce(0) { $0 + $1.quantity },
            usedValue: Money(minorUnits: drawdowns.reduce(Int64(0)) { $0 + $1.valueMinor }, currency: code))
    }
}

/// What one delivery took from a licence. The remaining balance is the ceiling minus these rows,
/// written in the same transaction as the delivery, so it can never drift or be overdrawn.
final class LicenceDrawdownModel: Model, @unchecked Sendable {
    static let schema = "licence_drawdowns"

    @ID(key: .id) var id: UUID?
    @Parent(key: "licence_id") var licence: ExportLicenceModel
    @Field(key: "delivery_id") var deliveryID: UUID
    @Field(key: "quantity") var quantity: Int
    @Field(key: "value_minor") var valueMinor: Int64

    init() {}

    init(licenceID: UUID, deliveryID: UUID, quantity: Int, valueMinor: Int64) {
        self.$licence.id = licenceID
        self.deliveryID = deliveryID
        self.quantity = quantity
        self.valueMinor = valueMinor
    }
}

final class ProductModel: Model, @unchecked Sendable {
    static let schema = "products"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "code") var code: String
    @Field(key: "name") var name: String
    @OptionalField(key: "category") var category: String?
    @Field(key: "unit_value_minor") var unitValueMinor: Int64
    @Field(key: "currency") var currency: String

    init() {}

    func record() throws -> ProductRecord {
        ProductRecord(
            id: try requireID(), organisationID: organisationID, code: code, name: name,
            category: try category.map { try MilitaryListCategory($0) },
            unitValue: Money(minorUnits: unitValueMinor, currency: try CurrencyCode(currency)))
    }
}
