import BWUDomain
import BWUPersistence
import Foundation
import Vapor

/// The shape of the JSON a request may carry, used to refuse unknown fields: a typo must not
/// be silently ignored in an application that moves public money.
indirect enum BodySchema: Sendable {
    case object([String: BodySchema])
    case array(BodySchema)
    case value
}

/// A request body type that declares its schema.
protocol RequestBody: Decodable {
    static var schema: BodySchema { get }
}

struct RequestBodyError: Error, CustomStringConvertible {
    let status: HTTPResponseStatus
    let field: String?
    let reason: String
    var description: String { field.map { "\($0): \(reason)" } ?? reason }
}

extension Request {
    /// Decodes a JSON body strictly: malformed JSON is 400; unknown fields, missing fields and
    /// wrong types are 422 naming the field's path (`milestones[1].amount`).
    func decodeBody<Body: RequestBody>(_ type: Body.Type) throws -> Body {
        if let contentType = headers.contentType, contentType != .json {
            throw RequestBodyError(status: .unsupportedMediaType, field: nil, reason: "send the body as application/json")
        }
        guard let buffer = body.data, buffer.readableBytes > 0 else {
            throw RequestBodyError(status: .badRequest, field: nil, reason: "a JSON body is required")
        }
        let data = Data(buffer.readableBytesView)
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            throw RequestBodyError(status: .badRequest, field: nil, reason: "the body is not valid JSON")
        }
        try Self.check(parsed, against: Body.schema, path: "")
        do {
            return try JSONDecoder().decode(Body.self, from: data)
        } catch let error as DecodingError {
            throw Self.describe(error)
        }
    }

    private static func check(_ value: Any, against schema: BodySchema, path: String) throws {
        switch schema {
        case .value:
            return
        case .array(let element):
            guard let array = value as? [Any] else { return }  // the decoder reports the type
            for (index, item) in array.enumerated() {
                try check(item, against: element, path: "\(path)[\(index)]")
            }
        case .object(let fields):
            guard let object = value as? [String: Any] else { return }
            for key in object.keys.sorted() {
                let fieldPath = path.isEmpty ? key : "\(path).\(key)"
                guard let fieldSchema = fields[key] else {
                    throw RequestBodyError(status: .unprocessableEntity, field: fieldPath, reason: "unknown field")
                }
                try check(object[key]!, against: fieldSchema, path: fieldPath)
            }
        }
    }

    private static func describe(_ error: DecodingError) -> RequestBodyError {
        func path(_ keys: [any CodingKey]) -> String {
            keys.reduce("") { result, key in
                if let index = key.intValue { return "\(result)[\(index)]" }
                return result.isEmpty ? key.stringValue : "\(result).\(key.stringValue)"
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            return RequestBodyError(status: .unprocessableEntity, field: path(context.codingPath + [key]), reason: "is required")
        case .typeMismatch(let type, let context):
            return RequestBodyError(status: .unprocessableEntity, field: path(context.codingPath), reason: "expected \(Self.name(of: type))")
        case .valueNotFound(let type, let context):
            return RequestBodyError(status: .unprocessableEntity, field: path(context.codingPath), reason: "expected \(Self.name(of: type)), got null")
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as? DomainError)?.reason ?? context.debugDescription
            return RequestBodyError(status: .unprocessableEntity, field: path(context.codingPath), reason: underlying)
        @unknown default:
            return RequestBodyError(status: .unprocessableEntity, field: nil, reason: "the body does not match the expected shape")
        }
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type: "a whole number"
        case is Bool.Type: "true or false"
        case is UUID.Type: "a UUID string"
        default: "a value of type \(type)"
        }
    }

    /// Reads page and size from the query string.
    func pageRequest() throws -> PageRequest {
        func number(_ name: String, default value: Int) throws -> Int {
            guard let text = query[String.self, at: name] else { return value }
            guard let number = Int(text) else { throw DomainError.invalid(name, "expected a whole number, got '\(text)'") }
            return number
        }
        return try PageRequest(page: number("page", default: 1), size: number("size", default: 50))
    }

    /// A UUID path parameter; a malformed one is simply not found.
    func id(_ name: String, _ what: String) throws -> UUID {
        guard let text = parameters.get(name), let id = UUID(uuidString: text) else {
            throw DomainError.notFound(what)
        }
        return id
    }
}

/// Parses a string field into one of the domain's enumerations, naming the allowed values on failure.
func parseEnum<Value: RawRepresentable & CaseIterable>(_ raw: String, field: String) throws -> Value where Value.RawValue == String {
    guard let value = Value(rawValue: raw) else {
        let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
        throw DomainError.invalid(field, "'\(raw)' is not one of: \(allowed)")
    }
    return value
}
