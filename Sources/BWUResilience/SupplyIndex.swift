import BWUPlanning

/// A source of an item: an operation (make) or a purchase source (buy), by index into the model's lists.
public enum SourceRef: Hashable, Sendable {
    case operation(Int)
    case purchase(Int)
}

/// Lookup tables over a validated model, built once and shared by every
/// analysis and every scenario (scenarios only remove or change sources,
/// never items, so item indices and BOM levels stay valid).
struct SupplyIndex: Sendable {
    let model: PlanningModel
    let itemIndex: [String: Int]
    /// Sources of each item, operations first, in model order.
    let sources: [[SourceRef]]
    /// For each operation, the indices of the items it consumes (deduplicated).
    let opInputs: [[Int]]
    /// Items ordered so that every input comes before the items made from it.
    let inputsFirst: [Int]
    /// Indices of the demands of each item.
    let demandsOfItem: [[Int]]
    /// Items that some demand asks for.
    let endItems: [Int]

    init(_ model: PlanningModel) {
        self.model = model
        var index: [String: Int] = [:]
        for (i, item) in model.items.enumerated() { index[item.id] = i }
        itemIndex = index
        var sources = [[SourceRef]](repeating: [], count: model.items.count)
        var opInputs: [[Int]] = []
        for (o, op) in model.operations.enumerated() {
            sources[index[op.item]!].append(.operation(o))
            var inputs: [Int] = []
            for c in op.consumes where c.qty > 0 {
                let i = index[c.item]!
                if !inputs.contains(i) { inputs.append(i) }
            }
            opInputs.append(inputs)
        }
        for (p, buy) in model.purchases.enumerated() { sources[index[buy.item]!].append(.purchase(p)) }
        self.sources = sources
        self.opInputs = opInputs
        var demandsOfItem = [[Int]](repeating: [], count: model.items.count)
        for (d, demand) in model.demands.enumerated() { demandsOfItem[index[demand.item]!].append(d) }
        self.demandsOfItem = demandsOfItem
        endItems = demandsOfItem.indices.filter { !demandsOfItem[$0].isEmpty }
        inputsFirst = Self.inputsFirstOrder(model: model, index: index, opInputs: opInputs)
    }

    /// Topological order of the BOM, inputs first (the model has no cycle).
    private static func inputsFirstOrder(model: PlanningModel, index: [String: Int], opInputs: [[Int]]) -> [Int] {
        let n = model.items.count
        var usedBy = [[Int]](repeating: [], count: n)
        var pending = [Int](repeating: 0, count: n)
        for (o, op) in model.operations.enumerated() {
            let made = index[op.item]!
            for input in opInputs[o] {
                usedBy[input].append(made)
                pending[made] += 1
            }
        }
        var order = (0..<n).filter { pending[$0] == 0 }
        var next = 0
        while next < order.count {
            for parent in usedBy[order[next]] {
                pending[parent] -= 1
                if pending[parent] == 0 { order.append(parent) }
            }
            next += 1
        }
        return order
    }

    /// The label that makes two sources "the same source" for single-sourcing:
    /// a purchase by its supplier (or its own id without one), an operation by its location.
    func sourceKey(_ source: SourceRef) -> String {
        switch source {
        case .purchase(let p):
            let buy = model.purchases[p]
            return "supplier " + (buy.supplier ?? buy.id)
        case .operation(let o):
            let op = model.operations[o]
            return "location " + (location(ofOperation: o) ?? op.id)
        }
    }

    /// Where an operation runs: its own `location`, else the location of the first resource it loads.
    func location(ofOperation o: Int) -> String? {
        let op = model.operations[o]
        if let location = op.location { return location }
        for load in op.loads {
            if let r = model.resources.first(where: { $0.id == load.resource }), let location = r.location { return location }
        }
        return nil
    }

    /// The id of a source as it appears in the model.
    func id(of source: SourceRef) -> String {
        switch source {
        case .operation(let o): model.operations[o].id
        case .purchase(let p): model.purchases[p].id
        }
    }

    /// Items that cannot be obtained without `item` (other than from stock): every
    /// source of such an item is an operation that consumes `item` or another such item.
    /// `item` itself is included. Purchases of a parent break the dependence.
    /// - Parameter lost: which sources to treat as gone (none by default).
    func hardDependants(of item: Int, lost: SourceMask? = nil) -> [Int] {
        var depends = [Bool](repeating: false, count: model.items.count)
        depends[item] = true
        var result = [item]
        for i in inputsFirst where i != item {
            let available = lost.map { mask in sources[i].filter { !mask.contains($0) } } ?? sources[i]
            guard !available.isEmpty else { continue }
            let all = available.allSatisfy { source in
                guard case .operation(let o) = source else { return false }
                return opInputs[o].contains { depends[$0] }
            }
            if all {
                depends[i] = true
                result.append(i)
            }
        }
        return result
    }
}

/// A set of sources as one flag per operation and per purchase source: cheap to test.
struct SourceMask {
    var operations: [Bool]
    var purchases: [Bool]

    init(operations: Set<Int>, purchases: Set<Int>, model: PlanningModel) {
        self.operations = [Bool](repeating: false, count: model.operations.count)
        self.purchases = [Bool](repeating: false, count: model.purchases.count)
        for o in operations { self.operations[o] = true }
        for p in purchases { self.purchases[p] = true }
    }

    init(_ sources: Set<SourceRef>, model: PlanningModel) {
        var operations: Set<Int> = [], purchases: Set<Int> = []
        for source in sources {
            switch source {
            case .operation(let o): operations.insert(o)
            case .purchase(let p): purchases.insert(p)
            }
        }
        self.init(operations: operations, purchases: purchases, model: model)
    }

    func contains(_ source: SourceRef) -> Bool {
        switch source {
        case .operation(let o): operations[o]
        case .purchase(let p): purchases[p]
        }
    }
}
