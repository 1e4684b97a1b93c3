import Foundation

/// An export licence for war materiel: which Common Military List category may go to which end
/// user, how much, and until when.
public struct ExportLicenceRecord: Equatable, Sendable {
    public enum Status: String, Codable, CaseIterable, Sendable { case granted, revoked }

    public var id: UUID
    public var organisationID: UUID
    public var issuer: String
    public var reference: String
    public var category: MilitaryListCategory
    /// The end user the licence allows deliveries to (an armed-forces customer organisation).
    public var destinationID: UUID
    /// Most units the licence covers in total, if it caps quantity.
    public var quantityCeiling: Int?
    /// Most value the licence covers in total, if it caps value.
    public var valueCeiling: Money?
    public var validFrom: CalendarDate
    public var validUntil: CalendarDate
    public var status: Status
    /// Units already shipped under the licence, summed from its drawdowns.
    public var usedQuantity: Int
    /// Value already shipped under the licence.
    public var usedValue: Money

    public init(
        id: UUID, organisationID: UUID, issuer: String, reference: String, category: MilitaryListCategory,
        destinationID: UUID, quantityCeiling: Int?, valueCeiling: Money?, validFrom: CalendarDate,
        validUntil: CalendarDate, status: Status, usedQuantity: Int, usedValue: Money
    ) {
        self.id = id
        self.organisationID = organisationID
        self.issuer = issuer
        self.reference = reference
        self.category = category
        self.destinationID = destinationID
        self.quantityCeiling = quantityCeiling
        self.valueCeiling = valueCeiling
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.status = status
        self.usedQuantity = usedQuantity
        self.usedValue = usedValue
    }

    public var remainingQuantity: Int? { quantityCeiling.map { $0 - usedQuantity } }
    public var remainingValue: Money? { valueCeiling.map { $0 - usedValue } }
}

/// When a licence covers a shipment.
public enum LicenceRules {
    /// Why a licence does not cover a shipment, or `nil` when it does.
    public static func refusal(
        _ licence: ExportLicenceRecord, category: MilitaryListCategory, destinationID: UUID,
        on date: CalendarDate, quantity: Int, value: Money
    ) -> String? {
        if licence.status != .granted { return "licence \(licence.reference) is revoked" }
        if licence.category != category { return "licence \(licence.reference) covers \(licence.category), not \(category)" }
        if licence.destinationID != destinationID { return "licence \(licence.reference) is for another end user" }
        if date < licence.validFrom || licence.validUntil < date {
            return "licence \(licence.reference) is valid \(licence.validFrom) to \(licence.validUntil), not on \(date)"
        }
        if let remaining = licence.remainingQuantity, quantity > remaining {
            return "licence \(licence.reference) has \(remaining) units left, the shipment is \(quantity)"
        }
        if let remaining = licence.remainingValue, value.currency != remaining.currency {
            return "licence \(licence.reference) caps value in \(remaining.currency), the shipment is priced in \(value.currency)"
        }
        if let remaining = licence.remainingValue, value > remaining {
            return "licence \(licence.reference) has \(remaining) left, the shipment is worth \(value)"
        }
        return nil
    }

    /// Picks the licence that covers a shipment, preferring the one that expires first so
    /// shorter licences are used before they lapse.
    /// - Throws: ``DomainError/conflict(_:field:)`` with every licence's reason when none covers it.
    public static func covering(
        _ licences: [ExportLicenceRecord], category: MilitaryListCategory, destinationID: UUID,
        on date: CalendarDate, quantity: Int, value: Money
    ) throws -> ExportLicenceRecord {
        var reasons: [String] = []
        for licence in licences.sorted(by: { ($0.validUntil, $0.reference) < ($1.validUntil, $1.reference) }) {
            if let reason = refusal(licence, category: category, destinationID: destinationID, on: date, quantity: quantity, value: value) {
                reasons.append(reason)
            } else {
                return licence
            }
        }
        let detail = reasons.isEmpty ? "there is no export licence for \(category)" : reasons.joined(separator: "; ")
        throw DomainError.conflict("no valid export licence covers this delivery: \(detail)", field: "licence")
    }
}
