// Reading a bwu-plan/1 model field by field. Every object refuses keys it
// does not know and reports a missing required key, both with the JSON path.

typealias FieldReader = (inout JSONScanner, String) throws(ModelError) -> Void
typealias ElementReader = (inout JSONScanner) throws(ModelError) -> Void

extension JSONScanner {
    mutating func missing(_ key: String) -> ModelError {
        path.append(key)
        defer { path.removeLast() }
        return fail("required field is missing")
    }

    /// An optional string: absent or `null` give `nil`.
    mutating func optionalString() throws(ModelError) -> String? {
        skipNull() ? nil : try string()
    }

    mutating func model() throws(ModelError) -> PlanningModel {
        var format: String?, currency: String?, horizon: Horizon?
        var model = PlanningModel(horizon: Horizon(start: "", buckets: 0))
        let field: FieldReader = { (s: inout JSONScanner, key: String) throws(ModelError) in
            switch key {
            case "format": format = try s.string()
            case "currency": currency = try s.string()
            case "horizon": horizon = try s.horizon()
            case "items": try s.array { (s: inout JSONScanner) throws(ModelError) in model.items.append(try s.item()) }
            case "resources": try s.array { (s: inout JSONScanner) throws(ModelError) in model.resources.append(try s.resource()) }
            case "operations": try s.array { (s: inout JSONScanner) throws(ModelError) in model.operations.append(try s.operation()) }
            case "purchases": try s.array { (s: inout JSONScanner) throws(ModelError) in model.purchases.append(try s.purchase()) }
            case "onHand": try s.array { (s: inout JSONScanner) throws(ModelError) in model.onHand.append(try s.stockLevel()) }
            case "receipts": try s.array { (s: inout JSONScanner) throws(ModelError) in model.receipts.append(try s.receipt()) }
            case "demands": try s.array { (s: inout JSONScanner) throws(ModelError) in model.demands.append(try s.demand()) }
            case "budget": model.budget = s.skipNull() ? nil : try s.numbers()
            default: throw s.fail("unknown field '\(key)'")
            }
        }
        try object(field)
        guard let format else { throw missing("format") }
        guard let currency else { throw missing("currency") }
        guard let horizon else { throw missing("horizon") }
        if peek() != nil { throw fail("not valid JSON: unexpected data after the model at byte \(index)") }
        model.format = format
        model.currency = currency
        model.horizon = horizon
        return model
    }

    mutating func horizon() throws(ModelError) -> Horizon {
        var start: String?, buckets: Int?, days = 7
        try object { (s: inout JSONScanner, key: String) throws(ModelError) in
            switch key {
            case "start": start = try s.string()
            case "bucketDays": days = try s.int()
            case "buckets": buckets = try s.int()
            default: throw s.fail("unknown field '\(key)'")
            }
        }
        guard let start else { throw missing("start") }
        guard let buckets else { throw missing("buckets") }
        return Horizon(start: start, bucketDays: days, buckets: buckets)
    }

    mutating func capacity() throws(ModelError) -> Capacity {
        switch peek() {
        case UInt8(ascii: "["): return .perBucket(try numbers())
        case UInt8(ascii: "-"), .some(0x30...0x39): return .uniform(try number())
        default: throw fail("capacity must be a number or an array of numbers, one per bucket")
        }
    }

    mutating func item() throws(ModelError) -> Item {
        var id: String?, name: String?, unit: String?
        try object { (s: inout JSONScanner, key: String) throws(ModelError) in
            switch key {
            case "id": id = try s.string()
            case "name": name = try s.optionalString()
            case "unit": unit = try s.optionalString()
            default: throw s.fail("unknown field '\(key)'")
            }
        }
        guard let id else { throw missing("id") }
        return Item(id: id, name: name, unit: unit)
    }

    mutating func resource() throws(ModelError) -> Resource {
        var id: String?, location: String?, capacity: Capacity?
        try object { (s: inout JSONScanner, key: String) throws(ModelError) in
            switch key {
            case "id": id = try s.string()
            case "location": location = try s.optionalString()
            case "capacity": capacity = try s.capacity()
            default: throw s.fail("unknown field '\(key)'")
            }
        }
        guard let id else { throw missing("id") }
        guard let capacity else { throw missing("capacity") }
        return Resource(id: id, location: location, capacity: capacity)
    }

    mutating func stockLevel() throws(ModelError) -> StockLevel {
        var item: String?, qty: Double?
        try object { (s: inout JSONScanner, key: String) throws(ModelError) in
            switch key {
            case "item": item = try s.string()
            case "qty": qty = try s.number()
            default: throw s.fail("unknown field '\(key)'")
            }
        }
        guard let item else { throw missing("item") }
        guard let qty else { throw missing("qty") }
        return StockLevel(item: item, qty: qty)
    }

    mutating func receipt() throws(ModelError) -> Receipt {
        var item: String?, bucket: Int?, qty: Double?
        try object { (s: inout JSONScanner, key: String) throws(ModelError) in
            switch key {
            case "item": item = try s.string()
            case "bucket": bucket = try s.int()
            case "qty": qty = try s.number()
            default: throw s.fail("unknown field '\(key)'")
            }
        }
        guard let item else { throw missing("item") }
        guard let bucket else { throw missing("bucket") }
        guard let qty else { throw missing("qty") }
        return Receipt(item: item, bucket: bucket, qty: qty)
    }

    mutating func demand() throws(ModelError) -> Demand {
        var id: String?, customer: String?, item: String?, qty: Double?, due: Int?
        var priority = 1, value = 1.0
        try object { (s: inout JSONScanner, key: String) throws(ModelError) in
            switch key {
            case "id": id = try s.string()
            case "customer": customer = try s.optionalString()
            case "item": item = try s.string()
            case "qty": qty = try s.number()
            case "due": due = try s.int()
            case "priority": priority = try s.int()
            case "value": value = try s.number()
            default: throw s.fail("unknown field '\(key)'")
            }
        }
        guard let id else { throw missing("id") }
        guard let item else { throw missing("item") }
        guard let qty else { throw missing("qty") }
        guard let due else { throw missing("due") }
        return Demand(id: id, customer: customer, item: item, qty: qty, due: due, priority: priority, value: value)
    }
}
