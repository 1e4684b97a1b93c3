import BWUDomain
import BWUPersistence
import Fluent
import Foundation

/// Fills an empty database with a realistic demo programme: every organisation and role, and
/// applications and grants in every state, all made through the same services the API uses
/// (so the audit log and ledger of the demo are real).
public enum DemoSeed {
    /// Shared by every demo account. Demo only: never use it on a real deployment.
    public static let password = "demo-password-2026"

    public struct Login: Sendable {
        public let email: String
        public let roles: String
        public let organisation: String
    }

    /// - Returns: the demo logins, or `nil` when the database already holds data (nothing is changed).
    public static func run(on database: any Database, passwordCost: Int = 12, now: @escaping @Sendable () -> Date = { Date() }) async throws -> [Login]? {
        let context = ServiceContext(database: database, now: now)
        if try await IdentityService(context, hasher: BcryptHasher()).hasOrganisations() { return nil }
        // Every demo account has the same password: hash it once, not once per account.
        let identity = IdentityService(context, hasher: PrecomputedHash(hash: try BcryptHasher(cost: passwordCost).hash(password)))

        var organisations: [String: OrganisationRecord] = [:]
        for organisation in DemoDirectory.organisations {
            organisations[organisation.key] = try await identity.createOrganisation(
                name: organisation.name, kind: organisation.kind, country: organisation.country, actor: .system)
        }
        var actors: [String: Actor] = [:]
        var logins: [Login] = []
        for person in DemoDirectory.people {
            let organisation = organisations[person.organisation]!
            let user = try await identity.createUser(
                organisationID: organisation.id, email: person.email, name: person.name, password: password,
                roles: person.roles, remit: person.remit, actor: .system)
            actors[person.email] = Actor(
                userID: user.id, email: user.email, organisationID: organisation.id, organisationKind: organisation.kind,
                roles: user.roles, remit: user.remit)
            logins.append(Login(email: person.email, roles: person.roles.map(\.rawValue).sorted().joined(separator: ", "), organisation: organisation.name))
        }
        try await DemoProgramme(context: context, actors: actors).build()
        try await DemoValueChain(context: context, actors: actors, organisations: organisations).build()
        return logins
    }
}

/// Hands out one precomputed Bcrypt hash; verification is still real Bcrypt.
private struct PrecomputedHash: PasswordHashing {
    let hash: String
    func hash(_ password: String) throws -> String { hash }
    func verify(_ password: String, against hash: String) throws -> Bool {
        try BcryptHasher().verify(password, against: hash)
    }
}
