import Foundation

/// A capability a Ukrainian manufacturer publishes in the catalogue the Danish Armed Forces browse.
public struct CapabilityRecord: Equatable, Sendable {
    public let id: UUID
    public let organisationID: UUID
    public var productLine: String
    public var category: MilitaryListCategory
    /// Technology readiness level, 1 (basic principles) to 9 (proven in operational environment).
    public var readinessLevel: Int
    public var combatProven: Bool
    /// What can be shown or trialled, and where.
    public var demonstrable: String
    public var description: String
    public var publishedAt: Date

    public init(id: UUID, organisationID: UUID, productLine: String, category: MilitaryListCategory, readinessLevel: Int,
                combatProven: Bool, demonstrable: String, description: String, publishedAt: Date) {
        self.id = id
        self.organisationID = organisationID
        self.productLine = productLine
        self.category = category
        self.readinessLevel = readinessLevel
        self.combatProven = combatProven
        self.demonstrable = demonstrable
        self.description = description
        self.publishedAt = publishedAt
    }

    /// Checks the fields a manufacturer types.
    /// - Throws: ``DomainError`` naming the field.
    public static func validate(productLine: String, readinessLevel: Int, demonstrable: String, description: String) throws {
        guard !productLine.trimmingCharacters(in: .whitespaces).isEmpty, productLine.count <= 200 else {
            throw DomainError.invalid("productLine", "must be 1 to 200 characters")
        }
        guard (1...9).contains(readinessLevel) else {
            throw DomainError.invalid("readinessLevel", "technology readiness levels run from 1 to 9")
        }
        guard demonstrable.count <= 2000 else { throw DomainError.invalid("demonstrable", "at most 2000 characters") }
        guard description.count <= 4000 else { throw DomainError.invalid("description", "at most 4000 characters") }
    }

    /// Whether the capability matches a catalogue search: every word of `text` in the product
    /// line, description or what can be shown (case-insensitive), and the category and level filters.
    public func matches(text: String?, category: MilitaryListCategory?, minimumReadiness: Int?, combatProvenOnly: Bool) -> Bool {
        if let category, category != self.category { return false }
        if let minimumReadiness, readinessLevel < minimumReadiness { return false }
        if combatProvenOnly, !combatProven { return false }
        guard let text, !text.isEmpty else { return true }
        let haystack = (productLine + " " + description + " " + demonstrable).lowercased()
        return text.lowercased().split(separator: " ").allSatisfy { haystack.contains($0) }
    }
}
