import Foundation

/// One entry of the append-only audit log: who did what to which record, when.
///
/// Entries form a hash chain: each `hash` is SHA-256 over the previous entry's hash and this
/// entry's canonical form, so changing, removing or reordering any entry breaks every hash after it.
public struct AuditRecord: Equatable, Sendable {
    public let sequence: Int64
    /// UTC instant, ISO 8601 with milliseconds; kept as text so the hashed bytes survive any database.
    public let occurredAt: String
    public let actorID: UUID
    public let actorEmail: String
    /// What happened, e.g. `application.submitted`.
    public let action: String
    public let entityType: String
    public let entityID: String
    /// Facts worth keeping about the change (amounts, verdicts, reasons).
    public let details: [String: String]
    public let previousHash: String
    public private(set) var hash: String

    /// The hash of the (empty) chain before the first entry.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// Builds the next entry of the chain, computing its hash.
    public init(
        sequence: Int64, occurredAt: String, actorID: UUID, actorEmail: String, action: String,
        entityType: String, entityID: String, details: [String: String], previousHash: String
    ) {
        self.init(
            stored: sequence, occurredAt: occurredAt, actorID: actorID, actorEmail: actorEmail, action: action,
            entityType: entityType, entityID: entityID, details: details, previousHash: previousHash, hash: "")
        self.hash = expectedHash
    }

    /// Rebuilds a stored entry as read, keeping its stored hash so that it can be checked.
    public init(
        stored sequence: Int64, occurredAt: String, actorID: UUID, actorEmail: String, action: String,
        entityType: String, entityID: String, details: [String: String], previousHash: String, hash: String
    ) {
        self.sequence = sequence
        self.occurredAt = occurredAt
        self.actorID = actorID
        self.actorEmail = actorEmail
        self.action = action
        self.entityType = entityType
        self.entityID = entityID
        self.details = details
        self.previousHash = previousHash
        self.hash = hash
    }

    /// The hash this entry should have, recomputed from its fields.
    public var expectedHash: String {
        Self.hash(
            sequence: sequence, occurredAt: occurredAt, actorID: actorID, actorEmail: actorEmail,
            action: action, entityType: entityType, entityID: entityID, canonicalDetails: canonicalDetails,
            previousHash: previousHash)
    }

    /// The details as canonical JSON (keys sorted, no whitespace), as stored and hashed.
    public var canonicalDetails: String { Self.canonicalJSON(details) }

    /// The hash of an entry with these fields. Takes the details as their stored canonical JSON,
    /// so a stored log can be verified without parsing every entry's details.
    public static func hash(
        sequence: Int64, occurredAt: String, actorID: UUID, actorEmail: String, action: String,
        entityType: String, entityID: String, canonicalDetails: String, previousHash: String
    ) -> String {
        let fields: [String: String] = [
            "sequence": String(sequence), "occurredAt": occurredAt, "actorID": actorID.uuidString,
            "actorEmail": actorEmail, "action": action, "entityType": entityType,
            "entityID": entityID, "details": canonicalDetails,
        ]
        let message = previousHash + "\n" + canonicalJSON(fields)
        return SHA256Hex.digest(message)
    }

    /// Canonical JSON of a flat string map: sorted keys, no whitespace, minimal escaping.
    /// Written by hand rather than with JSONEncoder so the bytes can never change with a
    /// Foundation release.
    public static func canonicalJSON(_ map: [String: String]) -> String {
        let body = map.keys.sorted().map { key in "\(quote(key)):\(quote(map[key]!))" }
        return "{" + body.joined(separator: ",") + "}"
    }

    /// Works on UTF-8 bytes: every byte that needs escaping is ASCII, and bytes of multi-byte
    /// characters are copied as they are. The details are hashed as a quoted JSON string, so
    /// this runs over every stored entry's details when the log is verified.
    static func quote(_ text: String) -> String {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(text.utf8.count + 8)
        func escaped(_ letters: UInt8...) {
            out.append(UInt8(ascii: "\\"))
            out.append(contentsOf: letters)
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): escaped(byte)
            case UInt8(ascii: "\n"): escaped(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): escaped(UInt8(ascii: "r"))
            case UInt8(ascii: "\t"): escaped(UInt8(ascii: "t"))
            case 0..<0x20: escaped(UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), SHA256Hex.hexDigits[Int(byte >> 4)], SHA256Hex.hexDigits[Int(byte & 0x0F)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }
}
