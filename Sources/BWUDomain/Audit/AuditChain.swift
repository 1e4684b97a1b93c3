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
        var verifier = Verifier()
        for record in records {
            if let found = verifier.check(record) { return found }
        }
        return verifier.finish(head: head)
    }

    /// Checks a log entry by entry, as it is read, so a long log need not sit in memory at once.
    public struct Verifier: Sendable {
        private var expectedSequence: Int64 = 1
        private var previousHash = AuditRecord.genesisHash

        public init() {}

        /// The entries checked so far.
        public var checked: Int64 { expectedSequence - 1 }

        /// Checks the next entry; returns the break it makes, if any (stop reading then).
        public mutating func check(_ record: some AuditChainLink) -> Break? {
            if record.sequence != expectedSequence {
                return Break(kind: .missing, sequence: expectedSequence,
                             detail: "expected entry \(expectedSequence), found \(record.sequence)")
            }
            if record.previousHash != previousHash {
                return Break(kind: .relinked, sequence: record.sequence,
                             detail: "previous hash \(record.previousHash) does not match \(previousHash)")
            }
            let expected = record.expectedHash
            if expected != record.hash {
                return Break(kind: .altered, sequence: record.sequence,
                             detail: "stored hash \(record.hash) does not match recomputed \(expected)")
            }
            previousHash = record.hash
            expectedSequence += 1
            return nil
        }

        /// After the last entry: compares the end of the log with the recorded head, if any.
        public func finish(head: (sequence: Int64, hash: String)?) -> Break? {
            if let head, head.sequence != expectedSequence - 1 || head.hash != previousHash {
                return Break(kind: .headMismatch, sequence: min(head.sequence, expectedSequence),
                             detail: "the head records entry \(head.sequence) but the log ends at \(expectedSequence - 1)")
            }
            return nil
        }
    }
}

/// What verification needs of an entry: its place in the chain, its links and the hash its
/// content should have.
public protocol AuditChainLink {
    var sequence: Int64 { get }
    var previousHash: String { get }
    var hash: String { get }
    /// The hash recomputed from the entry's content.
    var expectedHash: String { get }
}

extension AuditRecord: AuditChainLink {}
