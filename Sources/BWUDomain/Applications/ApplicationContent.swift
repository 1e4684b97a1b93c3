import Foundation

/// A product line the manufacturer plans to produce in Denmark.
public struct ProductLine: Equatable, Sendable {
    public var name: String
    public var category: MilitaryListCategory
    public var capacityPerMonth: Int

    public init(name: String, category: MilitaryListCategory, capacityPerMonth: Int) {
        self.name = name
        self.category = category
        self.capacityPerMonth = capacityPerMonth
    }
}

/// A payment milestone as applied for: what must be shown, by when, for how much.
public struct MilestonePlan: Equatable, Sendable {
    public var description: String
    public var amount: Money
    public var dueDate: CalendarDate
    public var evidenceRequired: String
    /// For a delivery-linked milestone: the units the armed forces must accept. Acceptance of
    /// that many units verifies the milestone; no officer's sign-off replaces it.
    public var deliveryUnits: Int?

    public init(description: String, amount: Money, dueDate: CalendarDate, evidenceRequired: String, deliveryUnits: Int? = nil) {
        self.description = description
        self.amount = amount
        self.dueDate = dueDate
        self.evidenceRequired = evidenceRequired
        self.deliveryUnits = deliveryUnits
    }
}

/// What a manufacturer applies for: the content of an application, without its workflow state.
public struct ApplicationContent: Equatable, Sendable {
    public var title: String
    public var siteAddress: String
    public var municipality: String
    public var productLines: [ProductLine]
    public var requestedAmount: Money
    public var milestones: [MilestonePlan]
    public var deliveryCommitment: String

    public init(
        title: String, siteAddress: String, municipality: String, productLines: [ProductLine],
        requestedAmount: Money, milestones: [MilestonePlan], deliveryCommitment: String
    ) {
        self.title = title
        self.siteAddress = siteAddress
        self.municipality = municipality
        self.productLines = productLines
        self.requestedAmount = requestedAmount
        self.milestones = milestones
        self.deliveryCommitment = deliveryCommitment
    }

    /// Longest accepted texts, and most product lines and milestones: generous for real
    /// applications, and a bound on what one request can make the programme store.
    public static let limits = (shortText: 300, longText: 4000, productLines: 50, milestones: 100)

    /// Checks what even a draft must respect: bounded texts and list sizes.
    /// - Throws: ``DomainError`` naming the first field over its limit.
    public func validateLimits() throws {
        let limits = Self.limits
        try Self.requireLength(title, limits.shortText, "title")
        try Self.requireLength(siteAddress, limits.shortText, "siteAddress")
        try Self.requireLength(municipality, limits.shortText, "municipality")
        try Self.requireLength(deliveryCommitment, limits.longText, "deliveryCommitment")
        guard productLines.count <= limits.productLines else {
            throw DomainError.invalid("productLines", "at most \(limits.productLines) product lines")
        }
        guard milestones.count <= limits.milestones else {
            throw DomainError.invalid("milestones", "at most \(limits.milestones) milestones")
        }
        for (index, line) in productLines.enumerated() {
            try Self.requireLength(line.name, limits.shortText, "productLines[\(index)].name")
        }
        for (index, milestone) in milestones.enumerated() {
            if let units = milestone.deliveryUnits, units <= 0 {
                throw DomainError.invalid("milestones[\(index)].deliveryUnits", "must be greater than zero")
            }
            try Self.requireLength(milestone.description, limits.longText, "milestones[\(index)].description")
            try Self.requireLength(milestone.evidenceRequired, limits.longText, "milestones[\(index)].evidenceRequired")
        }
    }

    private static func requireLength(_ value: String, _ limit: Int, _ field: String) throws {
        guard value.count <= limit else {
            throw DomainError.invalid(field, "must be at most \(limit) characters")
        }
    }

    /// Checks what must hold before the ministries spend time on an application:
    /// every text filled in, at least one product line and milestone, positive capacity,
    /// and milestones that add up exactly to the requested amount.
    /// - Throws: ``DomainError`` naming the first field at fault.
    public func validateForSubmission() throws {
        try Self.requireText(title, "title")
        try Self.requireText(siteAddress, "siteAddress")
        try Self.requireText(municipality, "municipality")
        try Self.requireText(deliveryCommitment, "deliveryCommitment")
        guard !productLines.isEmpty else {
            throw DomainError.invalid("productLines", "at least one product line is required")
        }
        for (index, line) in productLines.enumerated() {
            try Self.requireText(line.name, "productLines[\(index)].name")
            guard line.capacityPerMonth > 0 else {
                throw DomainError.invalid("productLines[\(index)].capacityPerMonth", "must be greater than zero")
            }
        }
        guard !milestones.isEmpty else {
            throw DomainError.invalid("milestones", "at least one milestone is required")
        }
        for (index, milestone) in milestones.enumerated() {
            try Self.requireText(milestone.description, "milestones[\(index)].description")
            try Self.requireText(milestone.evidenceRequired, "milestones[\(index)].evidenceRequired")
        }
        var sum: Int64 = 0
        for (index, milestone) in milestones.enumerated() {
            guard milestone.amount.currency == requestedAmount.currency else {
                throw DomainError.invalid(
                    "milestones[\(index)].amount", "must be in \(requestedAmount.currency), not \(milestone.amount.currency)")
            }
            guard milestone.amount.isPositive else {
                throw DomainError.invalid("milestones[\(index)].amount", "must be greater than zero")
            }
            let (next, overflow) = sum.addingReportingOverflow(milestone.amount.minorUnits)
            guard !overflow else {
                throw DomainError.invalid("milestones", "milestone amounts add up to more than can be held")
            }
            sum = next
        }
        let total = Money(minorUnits: sum, currency: requestedAmount.currency)
        guard total == requestedAmount else {
            throw DomainError.invalid(
                "milestones", "milestone amounts add up to \(total), not the requested \(requestedAmount)")
        }
    }

    private static func requireText(_ value: String, _ field: String) throws {
        guard !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw DomainError.invalid(field, "must not be empty")
        }
    }
}
