import BWUPlanning

extension ScenarioFile {
    /// Every reference or value in the file that the model cannot accept, in document order:
    /// unique non-empty scenario ids, known sources, suppliers, countries, locations,
    /// resources and items, percentages in 0 … 100, buckets inside the horizon, lead-time
    /// selectors naming exactly one thing, and added demands that fit the model.
    /// - Parameter model: the model the scenarios change.
    public func validationErrors(model: PlanningModel) -> [ScenarioError] {
        var errors: [ScenarioError] = []
        let refs = References(model: model)
        var ids: Set<String> = []
        for (s, scenario) in scenarios.enumerated() {
            let path = "$.scenarios[\(s)]"
            if scenario.id.isEmpty {
                errors.append(ScenarioError(path: path + ".id", reason: "must not be empty"))
            } else if !ids.insert(scenario.id).inserted {
                errors.append(ScenarioError(path: path + ".id", reason: "duplicate scenario id \"\(scenario.id)\""))
            }
            errors += scenario.validationErrors(path: path, refs: refs)
        }
        return errors
    }
}

/// The names a scenario may refer to.
struct References {
    let model: PlanningModel
    let sources: Set<String>
    let suppliers: Set<String>
    let countries: Set<String>
    let locations: Set<String>
    let resources: Set<String>
    let items: Set<String>
    let demands: Set<String>

    init(model: PlanningModel) {
        self.model = model
        let index = SupplyIndex(model)
        sources = Set(model.operations.map(\.id) + model.purchases.map(\.id))
        suppliers = Set(model.purchases.compactMap(\.supplier))
        countries = Set(model.purchases.compactMap(\.country))
        locations = Set(model.operations.indices.compactMap { index.location(ofOperation: $0) })
        resources = Set(model.resources.map(\.id))
        items = Set(model.items.map(\.id))
        demands = Set(model.demands.map(\.id))
    }
}

extension WhatIf {
    func validationErrors(path: String, refs: References) -> [ScenarioError] {
        var errors: [ScenarioError] = []
        func check(_ names: [String], in known: Set<String>, field: String, what: String) {
            for (k, name) in names.enumerated() where !known.contains(name) {
                errors.append(ScenarioError(path: "\(path).\(field)[\(k)]", reason: "unknown \(what) \"\(name)\""))
            }
        }
        check(removeSources, in: refs.sources, field: "removeSources", what: "operation or purchase source")
        check(removeSuppliers, in: refs.suppliers, field: "removeSuppliers", what: "supplier")
        check(removeCountries, in: refs.countries, field: "removeCountries", what: "supplier country")
        check(removeLocations, in: refs.locations, field: "removeLocations", what: "facility location")
        let last = refs.model.horizon.buckets - 1
        for (k, cut) in cutCapacity.enumerated() {
            let p = "\(path).cutCapacity[\(k)]"
            if !refs.resources.contains(cut.resource) { errors.append(ScenarioError(path: p + ".resource", reason: "unknown resource \"\(cut.resource)\"")) }
            if !(0...100).contains(cut.percent) { errors.append(ScenarioError(path: p + ".percent", reason: "must be between 0 and 100, found \(cut.percent)")) }
            if !(0...last).contains(cut.from) { errors.append(ScenarioError(path: p + ".from", reason: "must be a bucket 0…\(last), found \(cut.from)")) }
            if let to = cut.to, !(cut.from...max(cut.from, last)).contains(to) {
                errors.append(ScenarioError(path: p + ".to", reason: "must be a bucket \(cut.from)…\(last), found \(to)"))
            }
        }
        for (k, change) in lengthenLeadTimes.enumerated() {
            let p = "\(path).lengthenLeadTimes[\(k)]"
            let selectors = [("source", change.source, refs.sources, "operation or purchase source"),
                             ("supplier", change.supplier, refs.suppliers, "supplier"),
                             ("country", change.country, refs.countries, "supplier country"),
                             ("item", change.item, refs.items, "item")].filter { $0.1 != nil }
            if selectors.count != 1 {
                errors.append(ScenarioError(path: p, reason: "needs exactly one of source, supplier, country, item; found \(selectors.count)"))
            }
            for (field, value, known, what) in selectors where !known.contains(value!) {
                errors.append(ScenarioError(path: "\(p).\(field)", reason: "unknown \(what) \"\(value!)\""))
            }
            if change.by < 1 { errors.append(ScenarioError(path: p + ".by", reason: "must be ≥ 1 bucket, found \(change.by)")) }
        }
        var added: Set<String> = []
        for (k, demand) in addDemands.enumerated() {
            let p = "\(path).addDemands[\(k)]"
            if demand.id.isEmpty || refs.demands.contains(demand.id) || !added.insert(demand.id).inserted {
                errors.append(ScenarioError(path: p + ".id", reason: "must be a new, unique demand id, found \"\(demand.id)\""))
            }
            if !refs.items.contains(demand.item) { errors.append(ScenarioError(path: p + ".item", reason: "unknown item \"\(demand.item)\"")) }
            if !demand.qty.isFinite || demand.qty < 0 { errors.append(ScenarioError(path: p + ".qty", reason: "must be a finite number ≥ 0")) }
            if demand.due < 0 { errors.append(ScenarioError(path: p + ".due", reason: "must be ≥ 0, found \(demand.due)")) }
            if demand.priority < 1 { errors.append(ScenarioError(path: p + ".priority", reason: "must be ≥ 1")) }
            if !demand.value.isFinite || demand.value < 0 { errors.append(ScenarioError(path: p + ".value", reason: "must be a finite number ≥ 0")) }
        }
        return errors
    }
}
