/// A plan in the `bwu-plan-result/1` format: what to start where, what to
/// order from whom, what reaches each customer when, and why anything is
/// late or short.
public struct PlanResult: Codable, Sendable, Equatable {
    public static let formatName = "bwu-plan-result/1"

    public var format: String
    public var operations: [PlannedOperation]
    public var purchases: [PlannedPurchase]
    public var deliveries: [Delivery]
    public var unmet: [Unmet]
    public var kpis: KPIs

    public init(
        operations: [PlannedOperation], purchases: [PlannedPurchase], deliveries: [Delivery],
        unmet: [Unmet], kpis: KPIs
    ) {
        self.format = Self.formatName
        self.operations = operations
        self.purchases = purchases
        self.deliveries = deliveries
        self.unmet = unmet
        self.kpis = kpis
    }
}

/// Start `qty` units of `operation` in bucket `start`.
public struct PlannedOperation: Codable, Sendable, Equatable {
    public var operation: String
    public var start: Int
    public var qty: Double

    public init(operation: String, start: Int, qty: Double) {
        self.operation = operation
        self.start = start
        self.qty = qty
    }
}

/// Order `qty` units from purchase source `purchase` in bucket `order`.
public struct PlannedPurchase: Codable, Sendable, Equatable {
    public var purchase: String
    public var order: Int
    public var qty: Double

    public init(purchase: String, order: Int, qty: Double) {
        self.purchase = purchase
        self.order = order
        self.qty = qty
    }
}

/// Deliver `qty` units to `demand` in `bucket`.
public struct Delivery: Codable, Sendable, Equatable {
    public var demand: String
    public var bucket: Int
    public var qty: Double

    public init(demand: String, bucket: Int, qty: Double) {
        self.demand = demand
        self.bucket = bucket
        self.qty = qty
    }
}

/// The part of a demand not delivered on time (late or short) and the first constraint that bound it.
public struct Unmet: Codable, Sendable, Equatable {
    public var demand: String
    public var qty: Double
    public var cause: Cause

    public init(demand: String, qty: Double, cause: Cause) {
        self.demand = demand
        self.qty = qty
        self.cause = cause
    }
}

/// Service and cost figures of a plan, as `verify_plan.py` recomputes them.
public struct KPIs: Codable, Sendable, Equatable {
    /// Σ value·on-time qty / Σ value·qty (1 when there is no demand).
    public var onTimeFill: Double
    /// Σ value·delivered qty / Σ value·qty.
    public var fill: Double
    /// Σ value·qty·buckets late.
    public var weightedLateness: Double
    /// Total spend on operations and purchases.
    public var cost: Double

    public init(onTimeFill: Double, fill: Double, weightedLateness: Double, cost: Double) {
        self.onTimeFill = onTimeFill
        self.fill = fill
        self.weightedLateness = weightedLateness
        self.cost = cost
    }
}
