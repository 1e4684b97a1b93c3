import BWUPlanning

/// Which items a residual plan could still provide at all: from free stock, from a
/// purchase source with capacity left, or from an operation whose inputs all can be
/// provided. Items nothing can provide block every demand and source that needs them.
struct Reach {
    let index: SupplyIndex
    let removed: Set<SourceRef>
    let left: LeftOver
    /// Over the items below the roots only; everything else is false.
    private(set) var possible: [Bool]

    init(roots: [Int], left: LeftOver, index: SupplyIndex, removed: Set<SourceRef>) {
        self.index = index
        self.removed = removed
        self.left = left
        possible = [Bool](repeating: false, count: index.model.items.count)
        let below = Self.below(roots, index: index) { !removed.contains($0) }
        for i in index.inputsFirst where below[i] {
            possible[i] = !left.freeStock(of: i).isEmpty || index.sources[i].contains(where: usable)
        }
    }

    /// Whether a source is kept and could produce something.
    func usable(_ source: SourceRef) -> Bool {
        guard !removed.contains(source) else { return false }
        let h = left.h, model = index.model
        switch source {
        case .purchase(let p):
            let buy = model.purchases[p]
            guard buy.leadTime < h else { return false }
            guard let capacity = buy.capacity else { return true }
            return (0..<(h - buy.leadTime)).contains { capacity.value(in: $0) - left.ordered[p * h + $0] > 1e-9 }
        case .operation(let o):
            return model.operations[o].leadTime < h && index.opInputs[o].allSatisfy { possible[$0] }
        }
    }

    /// Items below the roots through usable sources.
    func needed(roots: [Int]) -> [Bool] {
        Self.below(roots, index: index, through: usable)
    }

    /// An item below `item` that nothing can provide: `item` itself when it has no usable
    /// source, else the blocker of the first input of its first kept operation that is short.
    func blocker(of item: Int) -> Int {
        for case .operation(let o) in index.sources[item] where !removed.contains(.operation(o)) {
            if let input = index.opInputs[o].first(where: { !possible[$0] }) { return blocker(of: input) }
        }
        return item
    }

    private static func below(_ roots: [Int], index: SupplyIndex, through keep: (SourceRef) -> Bool) -> [Bool] {
        var seen = [Bool](repeating: false, count: index.model.items.count)
        var stack = roots
        while let i = stack.popLast() {
            guard !seen[i] else { continue }
            seen[i] = true
            for case .operation(let o) in index.sources[i] where keep(.operation(o)) { stack += index.opInputs[o] }
        }
        return seen
    }
}
