/// Why a supply source stopped supplying, in integer ids; turned into a
/// public ``Cause`` when a demand is left late or short.
enum Blocker: Equatable, Sendable {
    /// Resource had no capacity left in the start bucket.
    case capacity(resource: Int, bucket: Int)
    /// Purchase source had no capacity left in the order bucket.
    case purchaseCapacity(purchase: Int, bucket: Int)
    /// Cumulative budget was used up through `bucket`.
    case budget(bucket: Int)
    /// Lot rules of a source (encoded as in ``CompiledModel/sources``) did not fit what was left.
    case lot(source: Int, bucket: Int)
    /// No source of `item` can deliver by `bucket`: its start would fall before bucket 0.
    case leadTime(item: Int, bucket: Int, source: Int)
    /// `item` could not be had by `bucket` from `source` (`nil`: no source at all).
    case material(item: Int, bucket: Int, source: Int?)

    /// How the blocker reads from the operation that needed this item as an input:
    /// an input that is too slow to make is a material shortage there, not the
    /// demand's own lead time.
    var asInputShortage: Blocker {
        if case .leadTime(let item, let bucket, let source) = self {
            return .material(item: item, bucket: bucket, source: source)
        }
        return self
    }
}

/// How far a source got at one start bucket.
struct Stop {
    var blocker: Blocker
    /// True when earlier start buckets cannot do better (money or inputs ran
    /// out), so the search drops this source; false for capacity and lot
    /// limits of one bucket, which earlier buckets may not share.
    var final: Bool
}
