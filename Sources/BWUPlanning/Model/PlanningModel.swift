/// A planning problem in the `bwu-plan/1` interchange format
/// (see `shared/spec/plan-format.md`).
///
/// Decode one with ``PlanningModel/decode(from:)``, which refuses unknown
/// fields and invalid references with a ``ModelError`` naming the JSON path.
public struct PlanningModel: Codable, Sendable, Equatable {
    /// The only format this engine reads.
    public static let formatName = "bwu-plan/1"

    public var format: String
    /// ISO 4217 code in which every money amount of the model is expressed.
    public var currency: String
    public var horizon: Horizon
    public var items: [Item]
    public var resources: [Resource]
    public var operations: [Operation]
    public var purchases: [Purchase]
    public var onHand: [StockLevel]
    public var receipts: [Receipt]
    public var demands: [Demand]
    /// Money that becomes available at the start of each bucket; `nil` means unconstrained.
    public var budget: [Double]?

    /// Creates a model; every list defaults to empty.
    /// - Parameters:
    ///   - currency: ISO 4217 code of every money amount.
    ///   - horizon: the time buckets of the plan.
    ///   - budget: money released per bucket, or `nil` for no budget constraint.
    public init(
        currency: String = "DKK",
        horizon: Horizon,
        items: [Item] = [],
        resources: [Resource] = [],
        operations: [Operation] = [],
        purchases: [Purchase] = [],
        onHand: [StockLevel] = [],
        receipts: [Receipt] = [],
        demands: [Demand] = [],
        budget: [Double]? = nil
    ) {
        self.format = Self.formatName
        self.currency = currency
        self.horizon = horizon
        self.items = items
        self.resources = resources
        self.operations = operations
        self.purchases = purchases
        self.onHand = onHand
        self.receipts = receipts
        self.demands = demands
        self.budget = budget
    }
}

/// The planning horizon: `buckets` periods of `bucketDays` days from `start`.
public struct Horizon: Codable, Sendable, Equatable {
    /// ISO date (`YYYY-MM-DD`) on which bucket 0 starts.
    public var start: String
    public var bucketDays: Int
    public var buckets: Int

    public init(start: String, bucketDays: Int = 7, buckets: Int) {
        self.start = start
        self.bucketDays = bucketDays
        self.buckets = buckets
    }
}

/// Something that can be made, bought, stocked or delivered.
public struct Item: Codable, Sendable, Equatable {
    public var id: String
    public var name: String?
    public var unit: String?

    public init(id: String, name: String? = nil, unit: String? = nil) {
        self.id = id
        self.name = name
        self.unit = unit
    }
}

/// A capacity per bucket: the same number for every bucket or one per bucket.
public enum Capacity: Codable, Sendable, Equatable {
    case uniform(Double)
    case perBucket([Double])

    /// The capacity in `bucket`.
    public func value(in bucket: Int) -> Double {
        switch self {
        case .uniform(let value): value
        case .perBucket(let values): values[bucket]
        }
    }
}

/// A facility's work centre, line or cell whose load per bucket is limited.
public struct Resource: Codable, Sendable, Equatable {
    public var id: String
    public var location: String?
    public var capacity: Capacity

    public init(id: String, location: String? = nil, capacity: Capacity) {
        self.id = id
        self.location = location
        self.capacity = capacity
    }
}
