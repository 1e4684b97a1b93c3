/// The mutable ledgers of a plan in progress, all flat arrays indexed
/// `entity * buckets + bucket`, with an undo journal so that a tentative
/// allocation can be taken back exactly.
struct Allocator {
    /// The model; its ranking of sources may be swapped between priorities (see `Planner`).
    var model: CompiledModel
    let h: Int
    /// Net stock change of each item per bucket (supplies minus withdrawals).
    var net: [Double]
    var capacityLeft: [Double]
    var purchaseLeft: [Double]
    var spend: [Double]
    /// Money released per bucket; empty when there is no budget.
    let budget: [Double]
    /// Money released through each bucket (cumulative `budget`).
    let releasedThrough: [Double]
    /// Sum of `spend`, kept in step with it (also on rollback).
    var totalSpend = 0.0
    var operationQty: [Double]
    var purchaseQty: [Double]
    var journal: [JournalEntry] = []
    /// Stack of input quantities obtained by operations being placed (avoids allocating per call).
    var scratch: [Double] = []

    enum Ledger: UInt8 { case net, capacityLeft, purchaseLeft, spend, operationQty, purchaseQty }

    struct JournalEntry {
        var ledger: Ledger
        var index: Int32
        var old: Double
    }

    /// Quantities below this are treated as nothing.
    static let tiny = 1e-9

    init(_ model: CompiledModel) {
        self.model = model
        h = model.buckets
        net = model.initialFlow
        capacityLeft = model.resourceCapacity
        purchaseLeft = model.buyCapacity
        spend = [Double](repeating: 0, count: h)
        budget = model.budget ?? []
        var released = 0.0
        releasedThrough = budget.map { released += $0; return released }
        operationQty = [Double](repeating: 0, count: model.operationIDs.count * h)
        purchaseQty = [Double](repeating: 0, count: model.purchaseIDs.count * h)
    }

    /// Adds `delta` to one ledger cell, remembering the old value.
    mutating func add(_ ledger: Ledger, _ index: Int, _ delta: Double) {
        let old: Double
        switch ledger {
        case .net: old = net[index]; net[index] = old + delta
        case .capacityLeft: old = capacityLeft[index]; capacityLeft[index] = old + delta
        case .purchaseLeft: old = purchaseLeft[index]; purchaseLeft[index] = old + delta
        case .spend: old = spend[index]; spend[index] = old + delta; totalSpend += delta
        case .operationQty: old = operationQty[index]; operationQty[index] = old + delta
        case .purchaseQty: old = purchaseQty[index]; purchaseQty[index] = old + delta
        }
        journal.append(JournalEntry(ledger: ledger, index: Int32(index), old: old))
    }

    /// Restores every cell written since `mark` (a former `journal.count`).
    mutating func rollback(to mark: Int) {
        while journal.count > mark {
            let entry = journal.removeLast()
            let i = Int(entry.index)
            switch entry.ledger {
            case .net: net[i] = entry.old
            case .capacityLeft: capacityLeft[i] = entry.old
            case .purchaseLeft: purchaseLeft[i] = entry.old
            case .spend: totalSpend += entry.old - spend[i]; spend[i] = entry.old
            case .operationQty: operationQty[i] = entry.old
            case .purchaseQty: purchaseQty[i] = entry.old
            }
        }
    }

    /// Makes everything allocated so far final.
    mutating func commit() { journal.removeAll(keepingCapacity: true) }

    /// Stock of `item` that can be withdrawn in bucket `t` without making any
    /// later bucket negative: the minimum projected stock from `t` on.
    func available(_ item: Int, at t: Int) -> Double {
        let base = item * h
        precondition(t >= 0 && t < h && base >= 0 && base + h <= net.count)
        return net.withUnsafeBufferPointer { cells in
            var stock = 0.0
            for u in 0..<t { stock += cells[base + u] }
            var least = Double.infinity
            for u in t..<h {
                stock += cells[base + u]
                if stock < least { least = stock }
            }
            return max(0, least)
        }
    }

    /// Money that can be spent in bucket `s` without breaking the cumulative
    /// budget of any later bucket, and the bucket where that limit binds.
    func money(at s: Int) -> (amount: Double, binding: Int) {
        if budget.isEmpty { return (.infinity, -1) }
        var slack = 0.0
        for u in 0..<s { slack += budget[u] - spend[u] }
        var least = Double.infinity
        var binding = s
        for u in s..<h {
            slack += budget[u] - spend[u]
            if slack < least { least = slack; binding = u }
        }
        return (max(0, least), binding)
    }
}
