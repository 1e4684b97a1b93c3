import BWUDomain
import Fluent
import Foundation

/// The capability catalogue: Ukrainian manufacturers publish, every signed-in participant browses.
public struct CapabilityService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    public struct Search: Sendable {
        public var text: String?
        public var category: MilitaryListCategory?
        public var minimumReadiness: Int?
        public var combatProvenOnly: Bool

        public init(text: String? = nil, category: MilitaryListCategory? = nil, minimumReadiness: Int? = nil, combatProvenOnly: Bool = false) {
            self.text = text
            self.category = category
            self.minimumReadiness = minimumReadiness
            self.combatProvenOnly = combatProvenOnly
        }
    }

    public func publish(productLine: String, category: MilitaryListCategory, readinessLevel: Int, combatProven: Bool,
                        demonstrable: String, description: String, actor: Actor) async throws -> CapabilityRecord {
        try actor.require(.manufacturer, to: "publishing a capability")
        try CapabilityRecord.validate(productLine: productLine, readinessLevel: readinessLevel, demonstrable: demonstrable, description: description)
        let now = context.now()
        return try await context.audited(by: actor) { db, log in
            let capability = CapabilityModel()
            capability.id = UUID()
            capability.organisationID = actor.organisationID
            capability.productLine = productLine.trimmingCharacters(in: .whitespaces)
            capability.category = category.description
            capability.readinessLevel = readinessLevel
            capability.combatProven = combatProven
            capability.demonstrable = demonstrable
            capability.description = description
            capability.publishedAt = now
            try await capability.create(on: db)
            log.record("capability.published", "capability", try capability.requireID(), [
                "productLine": capability.productLine, "category": category.description, "readinessLevel": String(readinessLevel),
                "combatProven": String(combatProven),
            ])
            return try capability.record()
        }
    }

    /// Capabilities matching the search, newest first.
    public func search(_ search: Search, actor: Actor) async throws -> [CapabilityRecord] {
        let all = try await CapabilityModel.query(on: context.database).sort(\.$publishedAt, .descending).sort(\.$id).all().map { try $0.record() }
        return all.filter { $0.matches(text: search.text, category: search.category, minimumReadiness: search.minimumReadiness,
                                       combatProvenOnly: search.combatProvenOnly) }
    }

    public func get(_ id: UUID) async throws -> CapabilityRecord {
        guard let capability = try await CapabilityModel.find(id, on: context.database) else { throw DomainError.notFound("capability") }
        return try capability.record()
    }
}
