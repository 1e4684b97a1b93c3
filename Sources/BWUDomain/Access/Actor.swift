import Foundation

/// The signed-in user on whose behalf an operation runs; every rule that depends on who
/// asks takes one of these.
public struct Actor: Sendable, Equatable {
    public let userID: UUID
    public let email: String
    public let organisationID: UUID
    public let organisationKind: OrganisationKind
    public let roles: Set<Role>
    /// Set for reviewers only: the ministry remit they review in.
    public let remit: Remit?

    public init(
        userID: UUID, email: String, organisationID: UUID, organisationKind: OrganisationKind,
        roles: Set<Role>, remit: Remit?
    ) {
        self.userID = userID
        self.email = email
        self.organisationID = organisationID
        self.organisationKind = organisationKind
        self.roles = roles
        self.remit = remit
    }

    public func has(_ role: Role) -> Bool { roles.contains(role) }

    public func hasAny(_ candidates: Role...) -> Bool { candidates.contains(where: roles.contains) }

    /// Roles that see every organisation's applications, grants and payments.
    public var seesAllOrganisations: Bool {
        hasAny(.programmeOfficer, .financeOfficer, .auditor, .admin)
    }

    /// The programme itself acting (seeding, migrations): recorded in the audit log as `system`.
    public static let system = Actor(
        userID: UUID(uuidString: "00000000-0000-0000-0000-000000000000")!, email: "system",
        organisationID: UUID(uuidString: "00000000-0000-0000-0000-000000000000")!,
        organisationKind: .programmeOffice, roles: [.admin], remit: nil)

    /// - Throws: ``DomainError/forbidden(_:)`` unless the actor holds one of `allowed`.
    public func require(_ allowed: Role..., to action: String) throws {
        guard allowed.contains(where: roles.contains) else {
            let names = allowed.map(\.rawValue).joined(separator: " or ")
            throw DomainError.forbidden("\(action) requires the role \(names)")
        }
    }
}
