import BWUDomain
import Vapor

/// An RFC 9457 problem document: what every API error looks like on the wire.
struct Problem: Content {
    struct FieldError: Content {
        let field: String
        let reason: String
    }

    var type: String
    var title: String
    var status: Int
    var detail: String
    var instance: String?
    /// Which input fields were wrong and why, when the problem is about input.
    var errors: [FieldError]?

    static let mediaType = HTTPMediaType(type: "application", subType: "problem+json")

    init(status: HTTPResponseStatus, detail: String, field: String? = nil, instance: String? = nil) {
        self.type = "https://bwu.example/problems/\(status.code)"
        self.title = status.reasonPhrase
        self.status = Int(status.code)
        self.detail = detail
        self.instance = instance
        self.errors = field.map { [FieldError(field: $0, reason: detail)] }
    }

    static func status(for kind: DomainError.Kind) -> HTTPResponseStatus {
        switch kind {
        case .invalid: .unprocessableEntity
        case .conflict: .conflict
        case .forbidden: .forbidden
        case .notFound: .notFound
        case .rateLimited: .tooManyRequests
        case .unauthenticated: .unauthorized
        }
    }
}
