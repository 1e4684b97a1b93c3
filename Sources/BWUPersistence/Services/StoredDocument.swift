import Foundation

/// Records kept as one JSON document in a text column (product data, supplier profiles,
/// measured impacts) are written with sorted keys, so the same content always hashes the same
/// in the audit log.
enum StoredDocument {
    static func text<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()
}
