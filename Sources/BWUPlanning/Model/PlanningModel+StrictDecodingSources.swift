// Strict decoding of sources, stock and demand (see PlanningModel+StrictDecoding.swift).

extension Consumption {
    enum CodingKeys: String, CodingKey, CaseIterable { case item, qty }

    public init(from decoder: any Decoder) throws {
        try decoder.refuseUnknownKeys(Set(CodingKeys.allCases.map(\.rawValue)))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        item = try c.decode(String.self, forKey: .item)
        qty = try c.decode(Double.self, forKey: .qty)
    }
}

extension Load {
    enum CodingKeys: String, CodingKey, CaseIterable { case resource, perUnit }

    public init(from decoder: any Decoder) throws {
        try decoder.refuseUnknownKeys(Set(CodingKeys.allCases.map(\.rawValue)))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        resource = try c.decode(String.self, forKey: .resource)
        perUnit = try c.decode(Double.self, forKey: .perUnit)
    }
}

extension Operation {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, item, location, leadTime, unitCost, minLot, lotMultiple, consumes, loads
    }

    public init(from decoder: any Decoder) throws {
        try decoder.refuseUnknownKeys(Set(CodingKeys.allCases.map(\.rawValue)))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        item = try c.decode(String.self, forKey: .item)
        location = try c.decodeIfPresent(String.self, forKey: .location)
        leadTime = try c.decodeIfPresent(Int.self, forKey: .leadTime) ?? 0
        unitCost = try c.decodeIfPresent(Double.self, forKey: .unitCost) ?? 0
        minLot = try c.decodeIfPresent(Double.self, forKey: .minLot) ?? 0
        lotMultiple = try c.decodeIfPresent(Double.self, forKey: .lotMultiple) ?? 0
        consumes = try c.decodeIfPresent([Consumption].self, forKey: .consumes) ?? []
        loads = try c.decodeIfPresent([Load].self, forKey: .loads) ?? []
    }
}

extension Purchase {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, item, supplier, country, leadTime, unitCost, capacity, minLot, lotMultiple
    }

    public init(from decoder: any Decoder) throws {
        try decoder.refuseUnknownKeys(Set(CodingKeys.allCases.map(\.rawValue)))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        item = try c.decode(String.self, forKey: .item)
        supplier = try c.decodeIfPresent(String.self, forKey: .supplier)
        country = try c.decodeIfPresent(String.self, forKey: .country)
        leadTime = try c.decodeIfPresent(Int.self, forKey: .leadTime) ?? 0
        unitCost = try c.decodeIfPresent(Double.self, forKey: .unitCost) ?? 0
        capacity = try c.decodeIfPresent(Capacity.self, forKey: .capacity)
        minLot = try c.decodeIfPresent(Double.self, forKey: .minLot) ?? 0
        lotMultiple = try c.decodeIfPresent(Double.self, forKey: .lotMultiple) ?? 0
    }
}

extension StockLevel {
    enum CodingKeys: String, CodingKey, CaseIterable { case item, qty }

    public init(from decoder: any Decoder) throws {
        try decoder.refuseUnknownKeys(Set(CodingKeys.allCases.map(\.rawValue)))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        item = try c.decode(String.self, forKey: .item)
        qty = try c.decode(Double.self, forKey: .qty)
    }
}

extension Receipt {
    enum CodingKeys: String, CodingKey, CaseIterable { case item, bucket, qty }

    public init(from decoder: any Decoder) throws {
        try decoder.refuseUnknownKeys(Set(CodingKeys.allCases.map(\.rawValue)))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        item = try c.decode(String.self, forKey: .item)
        bucket = try c.decode(Int.self, forKey: .bucket)
        qty = try c.decode(Double.self, forKey: .qty)
    }
}

extension Demand {
    enum CodingKeys: String, CodingKey, CaseIterable { case id, customer, item, qty, due, priority, value }

    public init(from decoder: any Decoder) throws {
        try decoder.refuseUnknownKeys(Set(CodingKeys.allCases.map(\.rawValue)))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        customer = try c.decodeIfPresent(String.self, forKey: .customer)
        item = try c.decode(String.self, forKey: .item)
        qty = try c.decode(Double.self, forKey: .qty)
        due = try c.decode(Int.self, forKey: .due)
        priority = try c.decodeIfPresent(Int.self, forKey: .priority) ?? 1
        value = try c.decodeIfPresent(Double.self, forKey: .value) ?? 1
    }
}
