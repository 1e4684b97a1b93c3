extension PlanningModel {
    /// Throws the first of ``validationErrors()``, if any.
    public func validate() throws(ModelError) {
        if let first = validationErrors().first { throw first }
    }

    /// Every rule of the format that this model breaks, in document order:
    /// format name, horizon, unique non-empty ids, references to declared
    /// items and resources, finite non-negative numbers, capacity arrays of
    /// one entry per bucket, and no cycle in the bill of materials.
    public func validationErrors() -> [ModelError] {
        var v = ModelValidator(model: self)
        v.run()
        return v.errors
    }
}

/// Collects validation errors; one method per list keeps each rule next to its path.
struct ModelValidator {
    let model: PlanningModel
    var errors: [ModelError] = []
    var itemIDs: Set<String> = []
    var resourceIDs: Set<String> = []

    init(model: PlanningModel) { self.model = model }

    mutating func fail(_ path: String, _ reason: String) {
        errors.append(ModelError(path: path, reason: reason))
    }

    // Paths are built only when a check fails: on a valid model of 10,000 end
    // items, building them eagerly was most of the validation time.

    mutating func run() {
        if model.format != PlanningModel.formatName {
            fail("$.format", "must be \"\(PlanningModel.formatName)\", found \"\(model.format)\"")
        }
        if model.currency.count != 3 || !model.currency.allSatisfy({ $0.isASCII && $0.isUppercase }) {
            fail("$.currency", "must be an ISO 4217 code such as \"DKK\"")
        }
        checkHorizon()
        itemIDs = uniqueIDs(model.items.map(\.id), list: "items")
        resourceIDs = uniqueIDs(model.resources.map(\.id), list: "resources")
        checkResources()
        checkOperations()
        checkPurchases()
        checkStock()
        checkDemands()
        checkBudget()
        if errors.isEmpty, let cycle = BOMGraph(model: model).findCycle() {
            fail(cycle.path, "bill of materials has a cycle: \(cycle.items.joined(separator: " → "))")
        }
    }

    mutating func checkHorizon() {
        let h = model.horizon
        if h.buckets < 1 { fail("$.horizon.buckets", "must be ≥ 1") }
        if h.bucketDays < 1 { fail("$.horizon.bucketDays", "must be ≥ 1") }
        if !Self.isISODate(h.start) { fail("$.horizon.start", "must be an ISO date YYYY-MM-DD") }
    }

    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil
        else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    mutating func uniqueIDs(_ ids: [String], list: String) -> Set<String> {
        var seen: Set<String> = []
        for (index, id) in ids.enumerated() {
            if id.isEmpty {
                fail("$.\(list)[\(index)].id", "must not be empty")
            } else if !seen.insert(id).inserted {
                fail("$.\(list)[\(index)].id", "duplicate id \"\(id)\"")
            }
        }
        return seen
    }

    mutating func quantity(_ value: Double, _ path: @autoclosure () -> String) {
        if !value.isFinite || value < 0 { fail(path(), "must be a finite number ≥ 0, found \(value)") }
    }

    mutating func item(_ id: String, _ path: @autoclosure () -> String) {
        if !itemIDs.contains(id) { fail(path(), "unknown item \"\(id)\"") }
    }

    mutating func capacity(_ capacity: Capacity, _ path: @autoclosure () -> String) {
        switch capacity {
        case .uniform(let value):
            quantity(value, path())
        case .perBucket(let values):
            if values.count != model.horizon.buckets {
                fail(path(), "array must have one entry per bucket (\(model.horizon.buckets)), found \(values.count)")
            }
            for (t, value) in values.enumerated() { quantity(value, "\(path())[\(t)]") }
        }
    }
}
