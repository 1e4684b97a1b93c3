import Foundation

/// A product a manufacturer makes and delivers; controlled when it has a Military List category.
public struct ProductRecord: Equatable, Sendable {
    public var id: UUID
    public var organisationID: UUID
    public var code: String
    public var name: String
    /// `nil` for products outside the Common Military List (no export licence needed).
    public var category: MilitaryListCategory?
    /// Value of one unit, for licence value ceilings and cost per unit.
    public var unitValue: Money

    public init(id: UUID, organisationID: UUID, code: String, name: String, category: MilitaryListCategory?, unitValue: Money) {
        self.id = id
        self.organisationID = organisationID
        self.code = code
        self.name = name
        self.category = category
        self.unitValue = unitValue
    }
}

/// What an armed-forces customer asks a manufacturer for.
public struct DemandRecord: Equatable, Sendable {
    public enum Status: String, Codable, CaseIterable, Sendable { case open, fulfilled, cancelled }

    public var id: UUID
    public var customerID: UUID
    public var manufacturerID: UUID
    public var productID: UUID
    public var quantity: Int
    public var dueDate: CalendarDate
    /// 1 is the most urgent.
    public var priority: Int
    public var status: Status
    public var acceptedQuantity: Int
    public var createdAt: Date

    public init(
        id: UUID, customerID: UUID, manufacturerID: UUID, productID: UUID, quantity: Int, dueDate: CalendarDate,
        priority: Int, status: Status, acceptedQuantity: Int, createdAt: Date
    ) {
        self.id = id
        self.customerID = customerID
        self.manufacturerID = manufacturerID
        self.productID = productID
        self.quantity = quantity
        self.dueDate = dueDate
        self.priority = priority
        self.status = status
        self.acceptedQuantity = acceptedQuantity
        self.createdAt = createdAt
    }
}
