import BWUDomain
import Fluent
import Foundation

final class UserModel: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: OrganisationModel
    @Field(key: "email") var email: String
    @Field(key: "name") var name: String
    @Field(key: "password_hash") var passwordHash: String
    /// Comma-separated role names: a user has few roles and they are always read together.
    @Field(key: "roles") var roles: String
    @OptionalField(key: "remit") var remit: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, organisationID: UUID, email: String, name: String, passwordHash: String, roles: Set<Role>, remit: Remit?) {
        self.id = id
        self.$organisation.id = organisationID
        self.email = email
        self.name = name
        self.passwordHash = passwordHash
        self.roles = roles.map(\.rawValue).sorted().joined(separator: ",")
        self.remit = remit?.rawValue
    }

    var roleSet: Set<Role> {
        Set(roles.split(separator: ",").compactMap { Role(rawValue: String($0)) })
    }

    func record() throws -> UserRecord {
        UserRecord(
            id: try requireID(), organisationID: $organisation.id, email: email, name: name,
            roles: roleSet, remit: remit.flatMap(Remit.init(rawValue:)))
    }
}

/// A bearer token issued at sign-in. Only its SHA-256 is stored, so a database dump
/// does not hand out sessions.
final class SessionTokenModel: Model, @unchecked Sendable {
    static let schema = "session_tokens"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: UserModel
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "expires_at") var expiresAt: Date
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(userID: UUID, tokenHash: String, expiresAt: Date) {
        self.$user.id = userID
        self.tokenHash = tokenHash
        self.expiresAt = expiresAt
    }
}

/// A failed sign-in, kept to rate-limit password guessing across every server process.
final class LoginFailureModel: Model, @unchecked Sendable {
    static let schema = "login_failures"

    @ID(key: .id) var id: UUID?
    @Field(key: "email") var email: String
    @Field(key: "failed_at") var failedAt: Date

    init() {}

    init(email: String, failedAt: Date) {
        self.email = email
        self.failedAt = failedAt
    }
}
