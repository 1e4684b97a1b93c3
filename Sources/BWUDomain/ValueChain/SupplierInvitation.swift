import Foundation

/// A manufacturer's invitation to a registered supplier to offer one of its items.
public struct SupplierInvitationRecord: Equatable, Sendable {
    public enum Status: String, Codable, CaseIterable, Sendable {
        /// Waiting for an offer.
        case open
        /// An offer is waiting for the manufacturer.
        case offered
        /// The manufacturer accepted an offer: the supplier is now a source of the item.
        case accepted
        /// The supplier declined to offer.
        case declined
    }

    public let id: UUID
    public let manufacturerID: UUID
    public let supplierID: UUID
    public let itemCode: String
    public let itemName: String
    public var message: String
    public var status: Status
    public var createdAt: Date
    public var offers: [SupplierOfferRecord]

    public init(id: UUID, manufacturerID: UUID, supplierID: UUID, itemCode: String, itemName: String, message: String,
                status: Status, createdAt: Date, offers: [SupplierOfferRecord]) {
        self.id = id
        self.manufacturerID = manufacturerID
        self.supplierID = supplierID
        self.itemCode = itemCode
        self.itemName = itemName
        self.message = message
        self.status = status
        self.createdAt = createdAt
        self.offers = offers
    }
}

/// A supplier's answer to an invitation: price, capacity, lead time and how long it holds.
public struct SupplierOfferRecord: Equatable, Sendable {
    public enum Status: String, Codable, CaseIterable, Sendable {
        case submitted
        case accepted
        case rejected
    }

    public let id: UUID
    public let invitationID: UUID
    public var unitPrice: Money
    public var capacityPerWeek: Double
    public var leadTimeWeeks: Int
    public var minLot: Double
    public var validUntil: CalendarDate
    public var status: Status
    public var note: String
    public var submittedAt: Date
    /// The purchase source code the accepted offer became in the manufacturer's product data.
    public var purchaseSourceCode: String?

    public init(id: UUID, invitationID: UUID, unitPrice: Money, capacityPerWeek: Double, leadTimeWeeks: Int, minLot: Double,
                validUntil: CalendarDate, status: Status, note: String, submittedAt: Date, purchaseSourceCode: String?) {
        self.id = id
        self.invitationID = invitationID
        self.unitPrice = unitPrice
        self.capacityPerWeek = capacityPerWeek
        self.leadTimeWeeks = leadTimeWeeks
        self.minLot = minLot
        self.validUntil = validUntil
        self.status = status
        self.note = note
        self.submittedAt = submittedAt
        self.purchaseSourceCode = purchaseSourceCode
    }
}

/// The rules between invitation, offer and acceptance.
public enum SupplierOfferRules {
    /// Checks an offer's terms. - Throws: ``DomainError`` naming the field.
    public static func validateTerms(unitPrice: Money, capacityPerWeek: Double, leadTimeWeeks: Int, minLot: Double,
                                     validUntil: CalendarDate, today: CalendarDate) throws {
        guard unitPrice.isPositive else { throw DomainError.invalid("unitPrice.amount", "must be greater than zero") }
        guard capacityPerWeek.isFinite, capacityPerWeek > 0 else { throw DomainError.invalid("capacityPerWeek", "must be greater than zero") }
        guard (0...520).contains(leadTimeWeeks) else { throw DomainError.invalid("leadTimeWeeks", "expected 0 to 520 weeks") }
        guard minLot.isFinite, minLot >= 0 else { throw DomainError.invalid("minLot", "must be zero or more") }
        guard validUntil >= today else { throw DomainError.invalid("validUntil", "the offer must be valid today or later") }
    }

    /// A supplier may offer while the invitation waits for one (again, after a rejection).
    public static func canOffer(_ invitation: SupplierInvitationRecord) throws {
        guard invitation.status == .open else {
            throw DomainError.conflict("the invitation is \(invitation.status.rawValue); an offer can be made only while it is open")
        }
    }

    /// The manufacturer decides the submitted offer of an invitation; an expired offer cannot be accepted.
    public static func canDecide(_ offer: SupplierOfferRecord, of invitation: SupplierInvitationRecord, accept: Bool, today: CalendarDate) throws {
        guard offer.status == .submitted, invitation.status == .offered else {
            throw DomainError.conflict("the offer is \(offer.status.rawValue); only a submitted offer can be decided")
        }
        if accept, offer.validUntil < today {
            throw DomainError.conflict("the offer expired on \(offer.validUntil); ask the supplier for a new one")
        }
    }
}
