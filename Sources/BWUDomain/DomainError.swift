/// A refusal by a rule of the programme, carrying enough context to tell the user
/// which field or state was wrong and why. The server maps each kind to one HTTP status.
public struct DomainError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// Input that can never be valid (bad format, negative amount, unknown category).
        case invalid
        /// A valid request that the current state does not allow (wrong status, over-commitment).
        case conflict
        /// The actor may see the record but may not do this to it.
        case forbidden
        /// The record does not exist, or the actor may not know that it does.
        case notFound
        /// The same caller tried too often (failed sign-ins); try again later.
        case rateLimited
        /// The caller is not signed in, or the sign-in failed.
        case unauthenticated
    }

    public var kind: Kind
    /// JSON path or field name the refusal is about, if any (e.g. `milestones[1].amount`).
    public var field: String?
    public var reason: String

    public init(_ kind: Kind, field: String? = nil, _ reason: String) {
        self.kind = kind
        self.field = field
        self.reason = reason
    }

    public static func invalid(_ field: String, _ reason: String) -> DomainError {
        DomainError(.invalid, field: field, reason)
    }

    public static func conflict(_ reason: String, field: String? = nil) -> DomainError {
        DomainError(.conflict, field: field, reason)
    }

    public static func forbidden(_ reason: String) -> DomainError {
        DomainError(.forbidden, reason)
    }

    public static func notFound(_ what: String) -> DomainError {
        DomainError(.notFound, "\(what) not found")
    }

    public var description: String {
        if let field { return "\(field): \(reason)" }
        return reason
    }
}
