extension JSONScanner {
    mutating func operation() throws(ModelError) -> Operation {
        var id: String?, item: String?
        var op = Operation(id: "", item: "")
        try object { (s: inout JSONScanner, key: String) throws(ModelError) in
            switch key {
            case "id": id = try s.string()
            case "item": item = try s.string()
            case "location": op.location = try s.optionalString()
            case "leadTime": op.leadTime = try s.int()
            case "unitCost": op.unitCost = try s.number()
            case "minLot": op.minLot = try s.number()
            case "lotMultiple": op.lotMultiple = try s.number()
            case "consumes": try s.array { (s: inout JSONScanner) throws(ModelError) in op.consumes.append(try s.consumption()) }
            case "loads": try s.array { (s: inout JSONScanner) throws(ModelError) in op.loads.append(try s.load()) }
            default: throw s.fail("unknown field '\(key)'")
            }
        }
        guard let id else { throw missing("id") }
        guard let item else { throw missing("item") }
        op.id = id
        op.item = item
        return op
    }

    mutating func consumption() throws(ModelError) -> Consumption {
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
        return Consumption(item: item, qty: qty)
    }

    mutating func load() throws(ModelError) -> Load {
        var resource: String?, perUnit: Double?
        try object { (s: inout JSONScanner, key: String) throws(ModelError) in
            switch key {
            case "resource": resource = try s.string()
            case "perUnit": perUnit = try s.number()
            default: throw s.fail("unknown field '\(key)'")
            }
        }
        guard let resource else { throw missing("resource") }
        guard let perUnit else { throw missing("perUnit") }
        return Load(resource: resource, perUnit: perUnit)
    }

    mutating func purchase() throws(ModelError) -> Purchase {
        var id: String?, item: String?
        var buy = Purchase(id: "", item: "")
        try object { (s: inout JSONScanner, key: String) throws(ModelError) in
            switch key {
            case "id": id = try s.string()
            case "item": item = try s.string()
            case "supplier": buy.supplier = try s.optionalString()
            case "country": buy.country = try s.optionalString()
            case "leadTime": buy.leadTime = try s.int()
            case "unitCost": buy.unitCost = try s.number()
            case "capacity": buy.capacity = s.skipNull() ? nil : try s.capacity()
            case "minLot": buy.minLot = try s.number()
            case "lotMultiple": buy.lotMultiple = try s.number()
            default: throw s.fail("unknown field '\(key)'")
            }
        }
        guard let id else { throw missing("id") }
        guard let item else { throw missing("item") }
        buy.id = id
        buy.item = item
        return buy
    }
}
