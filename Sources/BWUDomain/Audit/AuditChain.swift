/// Verifies an audit log read in sequence order.
public enum AuditChain {
    /// The first place where the log departs from an unbroken chain.
    public struct Break: Equatable, Sendable, CustomStringConvertible {
        public enum Kind: String, Sendable {
            /// The entry's fields no longer produce its stored hash.
            case altered
            /// A sequence number is missing (an entry was deleted).
            case missing
            /// The entry does not point at the hash of the entry before it.
            case relinked
            /// The log's last entry is not the head recorded beside it (entries cut off or added at the end).
            case headMismatch = "head-mismatch"
        }

        public let kind: Kind
        public let sequence: Int64
        public let detail: String

        public var description: String { "entry \(sequence) \(kind.rawValue): \(detail)" }
    }

    /// Checks every link of the chain.
    /// - Parameters:
    ///   - records: the log in ascending sequence order, starting at 1.
    ///   - head: the last sequence number and hash recorded beside the log, if any;
    ///     catches entries cut off the end, which the chain alone cannot.
    /// - Returns: the first break, or `nil` when the log is intact.
    public static func verify(_ records: [AuditRecord], head: (sequence: Int64, hash: String)? = nil) -> Break? {
        var expectedSequence: Int64 = 1
        var previousHash = AuditRecord.genesisHash
        for record in records {
            if record.sequence != expectedSequence {
                return Break(kind: .missing, sequence: expectedSequence,
                             detail: "expected entry \(expectedSequence), found \(record.sequence)")
            }
            if record.previousHash != previousHash {
                return Break(kind: .relinked, sequence: record.sequence,
                             detail: "previous hash \(record.previousHash) does not match \(previousHash)")
            }
            if record.expectedHash != record.hash {
                return Break(kind: .altered, sequence: record.sequence,
                             detail: "stored hash \(record.hash) does not match recomputed \(record.expectedHash)")
            }
            previousHash = record.hash
            expectedSequence += 1
        }
        if let head, head.sequence != expectedSequence - 1 || head.hash != previousHash {
            return Break(kind: .headMismatch, sequence: min(head.sequence, expectedSequence),
                         detail: "the head records entry \(head.sequence) but the log ends at \(expectedSequence - 1)")
        }
        return nil
    }
}
