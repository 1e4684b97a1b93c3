import BWUDomain
import Fluent
import Foundation

/// A supplier's entry in the register, with its organisation.
public struct RegisteredSupplierRecord: Sendable {
    public let organisationID: UUID
    public let name: String
    public let profile: SupplierProfile
    public let updatedAt: Date?
}

/// The supplier register: suppliers keep their own profile; every signed-in participant reads it.
public struct SupplierRegisterService: Sendable {
    let context: ServiceContext

    public init(_ context: ServiceContext) { self.context = context }

    /// Creates or replaces the actor's supplier organisation's profile.
    /// - Throws: ``DomainError`` naming the first bad field (a malformed NSN or CPV code among them).
    public func save(_ profile: SupplierProfile, actor: Actor) async throws -> RegisteredSupplierRecord {
        try actor.require(.supplier, to: "keeping a supplier profile")
        let valid = try profile.validated()
        let document = try StoredDocument.text(valid)
        let now = context.now()
        return try await context.audited(by: actor) { db, log in
            guard let organisation = try await OrganisationModel.find(actor.organisationID, on: db),
                  organisation.kind == OrganisationKind.supplier.rawValue
            else { throw DomainError.forbidden("only a supplier organisation keeps a supplier profile") }
            let stored = try await SupplierProfileModel.query(on: db).filter(\.$organisationID == actor.organisationID).first()
                ?? SupplierProfileModel()
            let created = stored.id == nil
            stored.organisationID = actor.organisationID
            stored.document = document
            stored.updatedBy = actor.userID
            stored.updatedAt = now
            try await stored.save(on: db)
            log.record(created ? "supplier-profile.created" : "supplier-profile.updated", "supplier-profile", try stored.requireID(), [
                "organisation": actor.organisationID.uuidString, "country": valid.country,
                "categories": valid.categories.joined(separator: "; "), "cpvCodes": valid.cpvCodes.joined(separator: " "),
                "nsns": valid.nsns.joined(separator: " "), "clearance": valid.clearance.rawValue,
                "capacityPerWeek": String(valid.capacityPerWeek), "typicalLeadTimeWeeks": String(valid.typicalLeadTimeWeeks),
                "documentSha256": SHA256Hex.digest(document),
            ])
            return RegisteredSupplierRecord(organisationID: actor.organisationID, name: organisation.name, profile: valid, updatedAt: now)
        }
    }

    /// Every supplier with a profile, by name.
    public func list() async throws -> [RegisteredSupplierRecord] {
        try await Self.all(on: context.database)
    }

    /// One supplier's profile.
    public func profile(organisationID: UUID) async throws -> RegisteredSupplierRecord {
        let db = context.database
        guard let stored = try await SupplierProfileModel.query(on: db).filter(\.$organisationID == organisationID).first(),
              let organisation = try await OrganisationModel.find(organisationID, on: db),
              organisation.kind == OrganisationKind.supplier.rawValue
        else { throw DomainError.notFound("supplier profile") }
        return RegisteredSupplierRecord(organisationID: organisationID, name: organisation.name, profile: try stored.profile(), updatedAt: stored.updatedAt)
    }

    static func all(on db: any Database) async throws -> [RegisteredSupplierRecord] {
        let profiles = try await SupplierProfileModel.query(on: db).all()
        let names = Dictionary(uniqueKeysWithValues: try await OrganisationModel.query(on: db)
            .filter(\.$kind == OrganisationKind.supplier.rawValue).all().map { (try $0.requireID(), $0.name) })
        return try profiles.compactMap { stored in
            guard let name = names[stored.organisationID] else { return nil }
            return RegisteredSupplierRecord(organisationID: stored.organisationID, name: name, profile: try stored.profile(), updatedAt: stored.updatedAt)
        }.sorted { $0.name < $1.name }
    }

}
