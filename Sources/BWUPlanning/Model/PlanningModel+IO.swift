import Foundation

extension PlanningModel {
    /// Decodes and validates a `bwu-plan/1` model.
    ///
    /// - Parameter data: the JSON document.
    /// - Returns: a model that passed ``validationErrors()``.
    /// - Throws: ``ModelError`` naming the JSON path of the first problem: malformed
    ///   JSON, unknown field, missing field, wrong type, or any validation failure.
    public static func decode(from data: Data) throws(ModelError) -> PlanningModel {
        let model: PlanningModel
        do {
            model = try JSONDecoder().decode(PlanningModel.self, from: data)
        } catch let error as DecodingError {
            throw ModelError(decodingError: error)
        } catch {
            throw ModelError(path: "$", reason: "\(error)")
        }
        try model.validate()
        return model
    }

    /// The model as JSON with sorted keys, so equal models give equal bytes.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain value types cannot fail.
        return (try? encoder.encode(self)) ?? Data()
    }
}

extension ModelError {
    init(decodingError: DecodingError) {
        switch decodingError {
        case .keyNotFound(let key, let context):
            self.init(path: JSONPath.render(context.codingPath + [key]), reason: "required field is missing")
        case .typeMismatch(let type, let context):
            self.init(path: JSONPath.render(context.codingPath), reason: "expected \(Self.jsonKind(of: type))")
        case .valueNotFound(let type, let context):
            self.init(path: JSONPath.render(context.codingPath), reason: "expected \(Self.jsonKind(of: type)), found null")
        case .dataCorrupted(let context):
            let reason = context.codingPath.isEmpty ? "not valid JSON: \(context.debugDescription)" : context.debugDescription
            self.init(path: JSONPath.render(context.codingPath), reason: reason)
        @unknown default:
            self.init(path: "$", reason: "\(decodingError)")
        }
    }

    private static func jsonKind(of type: Any.Type) -> String {
        switch type {
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is String.Type: "a string"
        case is [Any].Type: "an array"
        default: "a value of type \(type)"
        }
    }
}
