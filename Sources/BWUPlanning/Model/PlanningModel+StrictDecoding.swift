// Strict decoding: every object refuses fields it does not know, so that a
// typo (say `leadtime`) is reported instead of silently planning with a default.

struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension Decoder {
    /// Throws `dataCorrupted` at the first key of this object not in `allowed`.
    func refuseUnknownKeys(_ allowed: Set<String>) throws {
        let container = try self.container(keyedBy: AnyCodingKey.self)
        // Sorted so that the reported field does not depend on hashing order.
        let unknown = container.allKeys.map(\.stringValue).filter { !allowed.contains($0) }.sorted()
        if let first = unknown.first {
            throw DecodingError.dataCorrupted(.init(
                codingPath: codingPath + [AnyCodingKey(stringValue: first)],
                debugDescription: "unknown field '\(first)'"))
        }
    }
}

extension PlanningModel {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case format, currency, horizon, items, resources, operations, purchases, onHand, receipts, demands, budget
    }

    public init(from decoder: any Decoder) throws {
        try decoder.refuseUnknownKeys(Set(CodingKeys.allCases.map(\.rawValue)))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        format = try c.decode(String.self, forKey: .format)
        currency = try c.decode(String.self, forKey: .currency)
        horizon = try c.decode(Horizon.self, forKey: .horizon)
        items = try c.decodeIfPresent([Item].self, forKey: .items) ?? []
        resources = try c.decodeIfPresent([Resource].self, forKey: .resources) ?? []
        operations = try c.decodeIfPresent([Operation].self, forKey: .operations) ?? []
        purchases = try c.decodeIfPresent([Purchase].self, forKey: .purchases) ?? []
        onHand = try c.decodeIfPresent([StockLevel].self, forKey: .onHand) ?? []
        receipts = try c.decodeIfPresent([Receipt].self, forKey: .receipts) ?? []
        demands = try c.decodeIfPresent([Demand].self, forKey: .demands) ?? []
        budget = try c.decodeIfPresent([Double].self, forKey: .budget)
    }
}

extension Horizon {
    enum CodingKeys: String, CodingKey, CaseIterable { case start, bucketDays, buckets }

    public init(from decoder: any Decoder) throws {
        try decoder.refuseUnknownKeys(Set(CodingKeys.allCases.map(\.rawValue)))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        start = try c.decode(String.self, forKey: .start)
        bucketDays = try c.decodeIfPresent(Int.self, forKey: .bucketDays) ?? 7
        buckets = try c.decode(Int.self, forKey: .buckets)
    }
}

extension Item {
    enum CodingKeys: String, CodingKey, CaseIterable { case id, name, unit }

    public init(from decoder: any Decoder) throws {
        try decoder.refuseUnknownKeys(Set(CodingKeys.allCases.map(\.rawValue)))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        unit = try c.decodeIfPresent(String.self, forKey: .unit)
    }
}

extension Capacity {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let number = try? c.decode(Double.self) {
            self = .uniform(number)
        } else if let numbers = try? c.decode([Double].self) {
            self = .perBucket(numbers)
        } else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "capacity must be a number or an array of numbers, one per bucket"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .uniform(let value): try c.encode(value)
        case .perBucket(let values): try c.encode(values)
        }
    }
}

extension Resource {
    enum CodingKeys: String, CodingKey, CaseIterable { case id, location, capacity }

    public init(from decoder: any Decoder) throws {
        try decoder.refuseUnknownKeys(Set(CodingKeys.allCases.map(\.rawValue)))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        location = try c.decodeIfPresent(String.self, forKey: .location)
        capacity = try c.decode(Capacity.self, forKey: .capacity)
    }
}
