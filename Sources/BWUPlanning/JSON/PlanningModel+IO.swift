import Foundation

extension PlanningModel {
    /// Decodes and validates a `bwu-plan/1` model.
    ///
    /// - Parameter data: the JSON document (UTF-8).
    /// - Returns: a model that passed ``validationErrors()``.
    /// - Throws: ``ModelError`` naming the JSON path of the first problem: malformed
    ///   JSON, unknown field, missing field, wrong type, or any validation failure.
    public static func decode(from data: Data) throws(ModelError) -> PlanningModel {
        var scanner = JSONScanner([UInt8](data))
        let model = try scanner.model()
        try model.validate()
        return model
    }

    /// The model as compact JSON with keys in a fixed order, so equal models give equal bytes.
    public func encoded() -> Data {
        var writer = JSONWriter()
        writer.model(self)
        return Data(writer.bytes)
    }
}
