/// One input of an operation: `qty` units of `item` per unit made.
public struct Consumption: Codable, Sendable, Equatable {
    public var item: String
    public var qty: Double

    public init(item: String, qty: Double) {
        self.item = item
        self.qty = qty
    }
}

/// The load an operation puts on a resource per unit made.
public struct Load: Codable, Sendable, Equatable {
    public var resource: String
    public var perUnit: Double

    public init(resource: String, perUnit: Double) {
        self.resource = resource
        self.perUnit = perUnit
    }
}

/// A way to make an item at a facility. Starting `q` units in bucket `s`
/// consumes the inputs and loads the resources in `s`, costs `q × unitCost`
/// in `s` and makes `q` units available in `s + leadTime`.
public struct Operation: Codable, Sendable, Equatable {
    public var id: String
    public var item: String
    public var location: String?
    public var leadTime: Int
    public var unitCost: Double
    /// Smallest non-zero quantity (0 = none).
    public var minLot: Double
    /// Quantities must be whole multiples of this (0 = none).
    public var lotMultiple: Double
    public var consumes: [Consumption]
    public var loads: [Load]

    public init(
        id: String, item: String, location: String? = nil, leadTime: Int = 0, unitCost: Double = 0,
        minLot: Double = 0, lotMultiple: Double = 0, consumes: [Consumption] = [], loads: [Load] = []
    ) {
        self.id = id
        self.item = item
        self.location = location
        self.leadTime = leadTime
        self.unitCost = unitCost
        self.minLot = minLot
        self.lotMultiple = lotMultiple
        self.consumes = consumes
        self.loads = loads
    }
}

/// A way to buy an item from a supplier. Ordering `q` in bucket `s` costs
/// `q × unitCost` in `s` and makes `q` available in `s + leadTime`.
public struct Purchase: Codable, Sendable, Equatable {
    public var id: String
    public var item: String
    public var supplier: String?
    /// ISO 3166-1 alpha-2 country of the supplier.
    public var country: String?
    public var leadTime: Int
    public var unitCost: Double
    /// Most that can be ordered from this source in one bucket; `nil` = unlimited.
    public var capacity: Capacity?
    public var minLot: Double
    public var lotMultiple: Double

    public init(
        id: String, item: String, supplier: String? = nil, country: String? = nil, leadTime: Int = 0,
        unitCost: Double = 0, capacity: Capacity? = nil, minLot: Double = 0, lotMultiple: Double = 0
    ) {
        self.id = id
        self.item = item
        self.supplier = supplier
        self.country = country
        self.leadTime = leadTime
        self.unitCost = unitCost
        self.capacity = capacity
        self.minLot = minLot
        self.lotMultiple = lotMultiple
    }
}

/// Stock of an item at the start of bucket 0.
public struct StockLevel: Codable, Sendable, Equatable {
    public var item: String
    public var qty: Double

    public init(item: String, qty: Double) {
        self.item = item
        self.qty = qty
    }
}

/// An already-placed order arriving at the start of `bucket`.
public struct Receipt: Codable, Sendable, Equatable {
    public var item: String
    public var bucket: Int
    public var qty: Double

    public init(item: String, bucket: Int, qty: Double) {
        self.item = item
        self.bucket = bucket
        self.qty = qty
    }
}

/// A customer's order: `qty` of `item` due in bucket `due` (on time when delivered in a bucket ≤ `due`).
public struct Demand: Codable, Sendable, Equatable {
    public var id: String
    public var customer: String?
    public var item: String
    public var qty: Double
    public var due: Int
    /// 1 is the most important.
    public var priority: Int
    /// Weight of one unit in the service score.
    public var value: Double

    public init(
        id: String, customer: String? = nil, item: String, qty: Double, due: Int,
        priority: Int = 1, value: Double = 1
    ) {
        self.id = id
        self.customer = customer
        self.item = item
        self.qty = qty
        self.due = due
        self.priority = priority
        self.value = value
    }
}
