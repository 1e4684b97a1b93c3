/// The bill of materials as a graph from each item to the inputs of the
/// operations that make it; used to refuse cycles and to order items by level.
struct BOMGraph {
    /// For each item index: (input item index, operation index, `consumes` entry index).
    var inputs: [[(item: Int, operation: Int, entry: Int)]]
    var ids: [String]

    init(model: PlanningModel) {
        ids = model.items.map(\.id)
        var index: [String: Int] = [:]
        for (i, id) in ids.enumerated() { index[id] = i }
        inputs = Array(repeating: [], count: ids.count)
        for (o, op) in model.operations.enumerated() {
            guard let made = index[op.item] else { continue }
            for (c, input) in op.consumes.enumerated() {
                if let used = index[input.item] {
                    inputs[made].append((used, o, c))
                }
            }
        }
    }

    /// The first cycle found by depth-first search in item order, if any:
    /// the path of the `consumes` entry that closes it and the items on it.
    func findCycle() -> (path: String, items: [String])? {
        // 0 = unvisited, 1 = on the current path, 2 = done.
        var state = [UInt8](repeating: 0, count: ids.count)
        var stack: [(item: Int, next: Int)] = []
        for root in ids.indices where state[root] == 0 {
            stack.append((root, 0))
            state[root] = 1
            while let top = stack.last {
                if top.next == inputs[top.item].count {
                    state[top.item] = 2
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let edge = inputs[top.item][top.next]
                if state[edge.item] == 1 {
                    let start = stack.firstIndex { $0.item == edge.item } ?? 0
                    let names = stack[start...].map { ids[$0.item] } + [ids[edge.item]]
                    return ("$.operations[\(edge.operation)].consumes[\(edge.entry)].item", names)
                }
                if state[edge.item] == 0 {
                    state[edge.item] = 1
                    stack.append((edge.item, 0))
                }
            }
        }
        return nil
    }
}
