import Foundation

public struct OrganisationRecord: Equatable, Sendable {
    public var id: UUID
    public var name: String
    public var kind: OrganisationKind
    /// ISO 3166-1 alpha-2.
    public var country: String

    public init(id: UUID, name: String, kind: OrganisationKind, country: String) {
        self.id = id
        self.name = name
        self.kind = kind
        self.country = country
    }
}

public struct UserRecord: Equatable, Sendable {
    public var id: UUID
    public var organisationID: UUID
    public var email: String
    public var name: String
    public var roles: Set<Role>
    public var remit: Remit?

    public init(id: UUID, organisationID: UUID, email: String, name: String, roles: Set<Role>, remit: Remit?) {
        self.id = id
        self.organisationID = organisationID
        self.email = email
        self.name = name
        self.roles = roles
        self.remit = remit
    }
}
