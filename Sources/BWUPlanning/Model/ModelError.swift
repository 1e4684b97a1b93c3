/// Why a model was refused: the JSON path of the offending value and the reason.
///
/// Paths read like `$.operations[3].consumes[0].item`.
public struct ModelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// JSON path of the offending value, from the document root `$`.
    public var path: String
    /// What is wrong with it, in plain words.
    public var reason: String

    /// - Parameters:
    ///   - path: JSON path such as `$.demands[2].qty`.
    ///   - reason: what is wrong, e.g. "must be ≥ 0".
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

/// Builds JSON paths from coding paths (decoding) or from list positions (validation).
enum JSONPath {
    static func render(_ codingPath: [any CodingKey]) -> String {
        var path = "$"
        for key in codingPath {
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += "." + key.stringValue
            }
        }
        return path
    }
}
