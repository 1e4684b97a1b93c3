import BWUPlanning

/// The baseline plan laid out for partial re-planning, built once per model:
/// every lot (operation start, purchase order, delivery) by integer index, what
/// each item gains and loses from them, and the plan's per-bucket ledgers
/// (stock flow, resource load, ordered quantity, spend), all indexed `entity * h + t`.
struct BaselineLedger: Sendable {
    struct Lot: Sendable {
        var source: Int
        var bucket: Int
        var qty: Double
    }

    let h: Int
    let opLots: [Lot]
    let buyLots: [Lot]
    /// `source` is the demand index.
    let deliveries: [Lot]

    /// Unit cost of each operation and purchase source by id.
    let operationCost: [String: Double]
    let purchaseCost: [String: Double]
    /// Demand index by id, and the baseline's cause for each demand not fully on time.
    let demandIndex: [String: Int]
    let baselineCauses: [Cause?]

    /// Per item: operation lots that make it, purchase lots that buy it, deliveries of it,
    /// and operation lots that consume it with the quantity per unit started.
    let madeBy: [[Int]]
    let boughtBy: [[Int]]
    let deliveredBy: [[Int]]
    let consumedBy: [[(lot: Int, perUnit: Double)]]
    /// Per operation: its inputs (merged per item) and its loads.
    let opInputs: [[(item: Int, perUnit: Double)]]
    let opLoads: [[(resource: Int, perUnit: Double)]]
    /// Per item: the items made from it by some operation.
    let usedBy: [[Int]]

    /// Stock change of item `i` in bucket `t` from on-hand stock and receipts only.
    let initialFlow: [Double]
    /// Stock change of the baseline plan (initial flow, supplies, consumption, deliveries).
    let flow: [Double]
    let load: [Double]
    let ordered: [Double]
    let spend: [Double]

    init(index: SupplyIndex, plan: PlanResult) {
        let model = index.model
        h = model.horizon.buckets
        let items = model.items.count
        var opIndex: [String: Int] = [:], buyIndex: [String: Int] = [:], demandIndex: [String: Int] = [:], resourceIndex: [String: Int] = [:]
        for (o, op) in model.operations.enumerated() { opIndex[op.id] = o }
        for (p, buy) in model.purchases.enumerated() { buyIndex[buy.id] = p }
        for (d, demand) in model.demands.enumerated() { demandIndex[demand.id] = d }
        for (r, resource) in model.resources.enumerated() { resourceIndex[resource.id] = r }
        opLots = plan.operations.map { Lot(source: opIndex[$0.operation]!, bucket: $0.start, qty: $0.qty) }
        buyLots = plan.purchases.map { Lot(source: buyIndex[$0.purchase]!, bucket: $0.order, qty: $0.qty) }
        deliveries = plan.deliveries.map { Lot(source: demandIndex[$0.demand]!, bucket: $0.bucket, qty: $0.qty) }
        self.demandIndex = demandIndex
        operationCost = Dictionary(model.operations.map { ($0.id, $0.unitCost) }, uniquingKeysWith: { a, _ in a })
        purchaseCost = Dictionary(model.purchases.map { ($0.id, $0.unitCost) }, uniquingKeysWith: { a, _ in a })
        var causes = [Cause?](repeating: nil, count: model.demands.count)
        for unmet in plan.unmet where causes[demandIndex[unmet.demand]!] == nil { causes[demandIndex[unmet.demand]!] = unmet.cause }
        baselineCauses = causes

        opInputs = model.operations.map { op in
            var merged: [(item: Int, perUnit: Double)] = []
            for c in op.consumes where c.qty > 0 {
                let i = index.itemIndex[c.item]!
                if let k = merged.firstIndex(where: { $0.item == i }) { merged[k].perUnit += c.qty } else { merged.append((i, c.qty)) }
            }
            return merged
        }
        opLoads = model.operations.map { op in op.loads.filter { $0.perUnit > 0 }.map { (resourceIndex[$0.resource]!, $0.perUnit) } }
        var usedBy = [[Int]](repeating: [], count: items)
        for (o, op) in model.operations.enumerated() {
            for input in opInputs[o] where !usedBy[input.item].contains(index.itemIndex[op.item]!) {
                usedBy[input.item].append(index.itemIndex[op.item]!)
            }
        }
        self.usedBy = usedBy

        var madeBy = [[Int]](repeating: [], count: items), boughtBy = madeBy, deliveredBy = madeBy
        var consumedBy = [[(lot: Int, perUnit: Double)]](repeating: [], count: items)
        var initial = [Double](repeating: 0, count: items * h)
        for stock in model.onHand { initial[index.itemIndex[stock.item]! * h] += stock.qty }
        for receipt in model.receipts { initial[index.itemIndex[receipt.item]! * h + receipt.bucket] += receipt.qty }
        var flow = initial
        var load = [Double](repeating: 0, count: model.resources.count * h)
        var ordered = [Double](repeating: 0, count: model.purchases.count * h)
        var spend = [Double](repeating: 0, count: h)
        for (k, lot) in opLots.enumerated() {
            let op = model.operations[lot.source]
            let made = index.itemIndex[op.item]!
            madeBy[made].append(k)
            flow[made * h + lot.bucket + op.leadTime] += lot.qty
            for input in opInputs[lot.source] {
                consumedBy[input.item].append((k, input.perUnit))
                flow[input.item * h + lot.bucket] -= lot.qty * input.perUnit
            }
            for l in opLoads[lot.source] { load[l.resource * h + lot.bucket] += lot.qty * l.perUnit }
            spend[lot.bucket] += lot.qty * op.unitCost
        }
        for (k, lot) in buyLots.enumerated() {
            let buy = model.purchases[lot.source]
            let item = index.itemIndex[buy.item]!
            boughtBy[item].append(k)
            flow[item * h + lot.bucket + buy.leadTime] += lot.qty
            ordered[lot.source * h + lot.bucket] += lot.qty
            spend[lot.bucket] += lot.qty * buy.unitCost
        }
        for (k, lot) in deliveries.enumerated() {
            let item = index.itemIndex[model.demands[lot.source].item]!
            deliveredBy[item].append(k)
            flow[item * h + lot.bucket] -= lot.qty
        }
        self.madeBy = madeBy
        self.boughtBy = boughtBy
        self.deliveredBy = deliveredBy
        self.consumedBy = consumedBy
        initialFlow = initial
        self.flow = flow
        self.load = load
        self.ordered = ordered
        self.spend = spend
    }
}
