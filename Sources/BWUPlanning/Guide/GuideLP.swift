import BWUOptimization

/// The linear-programming relaxation of what is still to be planned: the
/// rows of `tools/highs_reference.py` (stock balance per item and bucket,
/// capacity per resource and bucket, a money carry per bucket), built from
/// the allocator's ledgers instead of the model, so that it can be solved
/// before planning starts or on what a pass has left.
///
/// Priorities are weighted 10 : 1 from one to the next instead of being
/// solved one after the other: one solve instead of one per priority, and
/// nearly the same plan on generated models (docs/planning.md, seventh round).
struct GuideLP {
    let program: LinearProgram
    /// LP column of the start of operation `o` in bucket `s` at `o * h + s`; −1 when its output would arrive after the horizon.
    let startColumn: [Int]
    /// LP column of the order from purchase source `p` in bucket `s` at `p * h + s`; −1 likewise.
    let orderColumn: [Int]
    let h: Int

    /// Objective weight of one unit of on-time value of a demand of `rank`-th highest priority.
    static func weight(rank: Int) -> Double {
        [100, 10, 1][min(rank, 2)]
    }

    /// Cost of every start and order per unit, times a factor in [1, 2)
    /// different for each column: it makes the optimum unique, so that the
    /// interior-point method ends near a vertex (few starts, concentrated in
    /// few buckets) instead of at the centre of the optimal face, which
    /// rounds badly to lots. Small against the value of a demand, so that it
    /// decides only between plans that serve the same; 0.001 was too small
    /// for the solver's tolerance to see (docs/planning.md, eighth round).
    static let tieBreak = 0.01

    init(allocator: Allocator, book: DeliveryBook, priorityRank: [Int], tieBreak: Double = Self.tieBreak) {
        let model = allocator.model
        let h = allocator.h
        self.h = h
        let items = model.itemIDs.count
        var entries: [(row: Int, column: Int, value: Double)] = []
        var objective: [Double] = [], lower: [Double] = [], upper: [Double] = []
        func column(_ cost: Double, _ upperBound: Double) -> Int {
            objective.append(cost)
            lower.append(0)
            upper.append(upperBound)
            return objective.count - 1
        }
        var tieBreaker = SeededRandom(seed: 0x9E3779B97F4A7C15)
        func productionCost() -> Double { -tieBreak * (1 + tieBreaker.unit()) }

        // Rows: stock balance (item, bucket) first, then capacity (resource, bucket), then money (bucket).
        let stockRows = items * h
        let resourceRows = model.resourceIDs.count * h
        let moneyRow = stockRows + resourceRows
        let moneyScale = max(1, (model.opUnitCost + model.buyUnitCost).max() ?? 1)
        let hasBudget = !allocator.budget.isEmpty

        var startColumn = [Int](repeating: -1, count: model.operationIDs.count * h)
        for o in 0..<model.operationIDs.count {
            let lead = model.opLeadTime[o]
            for s in 0..<max(0, h - lead) {
                let x = column(productionCost(), .infinity)
                startColumn[o * h + s] = x
                entries.append((model.opItem[o] * h + s + lead, x, -1))
                for k in model.inputStart[o]..<model.inputStart[o + 1] {
                    entries.append((model.inputItem[k] * h + s, x, model.inputQty[k]))
                }
                for k in model.loadStart[o]..<model.loadStart[o + 1] {
                    entries.append((stockRows + model.loadResource[k] * h + s, x, model.loadPerUnit[k]))
                }
                if hasBudget && model.opUnitCost[o] > 0 { entries.append((moneyRow + s, x, model.opUnitCost[o] / moneyScale)) }
            }
        }
        var orderColumn = [Int](repeating: -1, count: model.purchaseIDs.count * h)
        for p in 0..<model.purchaseIDs.count {
            let lead = model.buyLeadTime[p]
            for s in 0..<max(0, h - lead) {
                let y = column(productionCost(), max(0, allocator.purchaseLeft[p * h + s]))
                orderColumn[p * h + s] = y
                entries.append((model.buyItem[p] * h + s + lead, y, -1))
                if hasBudget && model.buyUnitCost[p] > 0 { entries.append((moneyRow + s, y, model.buyUnitCost[p] / moneyScale)) }
            }
        }
        // On-time deliveries, in the due bucket: delivering as late as still on time is never worse for stock.
        for d in book.demands.indices {
            let demand = book.demands[d]
            let remaining = book.remaining(d)
            guard remaining > Allocator.tiny else { continue }
            let w = column(Self.weight(rank: priorityRank[d]) * demand.value, remaining)
            entries.append((demand.item * h + min(demand.due, h - 1), w, 1))
        }
        // Stock carried from bucket t to t + 1: I[t] − I[t−1] + withdrawals − supply = net change already planned.
        var rowLower = [Double](repeating: 0, count: moneyRow + (hasBudget ? h : 0))
        for i in 0..<items {
            for t in 0..<h {
                let stock = column(0, .infinity)
                entries.append((i * h + t, stock, 1))
                if t + 1 < h { entries.append((i * h + t + 1, stock, -1)) }
                rowLower[i * h + t] = allocator.net[i * h + t]
            }
        }
        var rowUpper = rowLower
        for r in 0..<model.resourceIDs.count {
            for t in 0..<h {
                rowLower[stockRows + r * h + t] = -.infinity
                rowUpper[stockRows + r * h + t] = max(0, allocator.capacityLeft[r * h + t])
            }
        }
        if hasBudget {
            for t in 0..<h {
                let money = column(0, .infinity)
                entries.append((moneyRow + t, money, 1))
                if t + 1 < h { entries.append((moneyRow + t + 1, money, -1)) }
                let release = (allocator.budget[t] - allocator.spend[t]) / moneyScale
                rowLower[moneyRow + t] = release
                rowUpper[moneyRow + t] = release
            }
        }
        program = LinearProgram(
            objective: objective, maximize: true,
            matrix: SparseMatrix(rows: rowLower.count, columns: objective.count, entries: entries),
            columnLower: lower, columnUpper: upper, rowLower: rowLower, rowUpper: rowUpper
        )
        self.startColumn = startColumn
        self.orderColumn = orderColumn
    }

    /// Start quantities of a solution, at `o * h + s`.
    func starts(_ x: [Double]) -> [Double] { startColumn.map { $0 >= 0 ? max(0, x[$0]) : 0 } }

    /// Order quantities of a solution, at `p * h + s`.
    func orders(_ x: [Double]) -> [Double] { orderColumn.map { $0 >= 0 ? max(0, x[$0]) : 0 } }
}
