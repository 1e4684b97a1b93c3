import BWUDomain
import Fluent
import Foundation

/// Hashes and checks passwords; the server supplies Bcrypt so this module stays free of Vapor.
public protocol PasswordHashing: Sendable {
    func hash(_ password: String) throws -> String
    func verify(_ password: String, against hash: String) throws -> Bool
}

/// Organisations, users, sign-in and session tokens.
public struct IdentityService: Sendable {
    let context: ServiceContext
    let hasher: any PasswordHashing
    /// How long a bearer token stays valid.
    public static let tokenLifetime: TimeInterval = 8 * 3600
    /// Failed sign-ins for one e-mail within `failureWindow` before further attempts are refused.
    public static let maxFailures = 5
    public static let failureWindow: TimeInterval = 15 * 60

    public init(_ context: ServiceContext, hasher: any PasswordHashing) {
        self.context = context
        self.hasher = hasher
    }

    public func createOrganisation(name: String, kind: OrganisationKind, country: String, actor: Actor) async throws -> OrganisationRecord {
        try actor.require(.admin, to: "creating an organisation")
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw DomainError.invalid("name", "must not be empty") }
        guard country.count == 2, country.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw DomainError.invalid("country", "expected an ISO 3166-1 alpha-2 code such as DK or UA")
        }
        return try await context.audited(by: actor) { db, log in
            if try await OrganisationModel.query(on: db).filter(\.$name == name).first() != nil {
                throw DomainError.conflict("an organisation named '\(name)' already exists", field: "name")
            }
            let organisation = OrganisationModel(id: UUID(), name: name, kind: kind, country: country)
            try await organisation.create(on: db)
            log.record("organisation.created", "organisation", try organisation.requireID(),
                       ["name": name, "kind": kind.rawValue, "country": country])
            return try organisation.record()
        }
    }

    /// Whether anything has been set up yet; the demo seed only fills an empty database.
    public func hasOrganisations() async throws -> Bool {
        try await OrganisationModel.query(on: context.database).first() != nil
    }

    public func organisations() async throws -> [OrganisationRecord] {
        try await OrganisationModel.query(on: context.database).sort(\.$name).all().map { try $0.record() }
    }

    public func createUser(
        organisationID: UUID, email: String, name: String, password: String, roles: Set<Role>, remit: Remit?, actor: Actor
    ) async throws -> UserRecord {
        try actor.require(.admin, to: "creating a user")
        let email = email.lowercased()
        guard email.contains("@"), email.count <= 254 else { throw DomainError.invalid("email", "is not an e-mail address") }
        guard password.count >= 12 else { throw DomainError.invalid("password", "must be at least 12 characters") }
        guard !roles.isEmpty else { throw DomainError.invalid("roles", "at least one role is required") }
        if roles.contains(.reviewer) != (remit != nil) {
            throw DomainError.invalid("remit", "a reviewer needs exactly one ministry remit, and only reviewers have one")
        }
        let hash = try hasher.hash(password)
        return try await context.audited(by: actor) { db, log in
            guard try await OrganisationModel.find(organisationID, on: db) != nil else {
                throw DomainError.invalid("organisationId", "no such organisation")
            }
            if try await UserModel.query(on: db).filter(\.$email == email).first() != nil {
                throw DomainError.conflict("a user with this e-mail already exists", field: "email")
            }
            let user = UserModel(id: UUID(), organisationID: organisationID, email: email, name: name,
                                 passwordHash: hash, roles: roles, remit: remit)
            try await user.create(on: db)
            log.record("user.created", "user", try user.requireID(), [
                "email": email, "organisation": organisationID.uuidString,
                "roles": roles.map(\.rawValue).sorted().joined(separator: ","), "remit": remit?.rawValue ?? "",
            ])
            return try user.record()
        }
    }

    public func users(actor: Actor) async throws -> [UserRecord] {
        try actor.require(.admin, .auditor, to: "listing users")
        return try await UserModel.query(on: context.database).sort(\.$email).all().map { try $0.record() }
    }

    /// Exchanges e-mail and password for a bearer token.
    /// - Returns: the token (shown once; only its digest is stored), its expiry and the user.
    /// - Throws: `.unauthenticated` for a wrong e-mail or password (without saying which),
    ///   `.rateLimited` after too many recent failures for the e-mail.
    public func signIn(email: String, password: String) async throws -> (token: String, expiresAt: Date, user: UserRecord) {
        let email = email.lowercased()
        let now = context.now()
        let recentFailures = try await LoginFailureModel.query(on: context.database)
            .filter(\.$email == email).filter(\.$failedAt > now.addingTimeInterval(-Self.failureWindow)).count()
        guard recentFailures < Self.maxFailures else {
            throw DomainError(.rateLimited, "too many failed sign-ins for this e-mail; try again in 15 minutes")
        }
        let user = try await UserModel.query(on: context.database).filter(\.$email == email).first()
        guard let user, try hasher.verify(password, against: user.passwordHash) else {
            try await LoginFailureModel(email: email, failedAt: now).create(on: context.database)
            throw DomainError(.unauthenticated, "wrong e-mail or password")
        }
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let token = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        let expiresAt = now.addingTimeInterval(Self.tokenLifetime)
        try await SessionTokenModel(userID: try user.requireID(), tokenHash: SHA256Hex.digest(token), expiresAt: expiresAt)
            .create(on: context.database)
        return (token, expiresAt, try user.record())
    }

    public func signOut(token: String) async throws {
        try await SessionTokenModel.query(on: context.database).filter(\.$tokenHash == SHA256Hex.digest(token)).delete()
    }

    /// The actor a bearer token stands for, or `nil` if it is unknown or expired.
    public func actor(forToken token: String) async throws -> Actor? {
        guard let session = try await SessionTokenModel.query(on: context.database)
            .filter(\.$tokenHash == SHA256Hex.digest(token)).with(\.$user, { $0.with(\.$organisation) }).first(),
            session.expiresAt > context.now()
        else { return nil }
        let user = session.user
        let organisation = user.organisation
        return Actor(
            userID: try user.requireID(), email: user.email, organisationID: try organisation.requireID(),
            organisationKind: OrganisationKind(rawValue: organisation.kind) ?? .manufacturer,
            roles: user.roleSet, remit: user.remit.flatMap(Remit.init(rawValue:)))
    }
}
