/// What each demand has received so far and why it is short, and the
/// assembly of the final plan from it and the allocator's ledgers.
struct DeliveryBook {
    struct DemandInfo {
        var item: Int
        var qty: Double
        var due: Int
        var value: Double
    }

    let model: PlanningModel
    let compiled: CompiledModel
    var demands: [DemandInfo]
    var delivered: [Double]
    var onTime: [Double]
    /// Deliveries in the order made; sorted by demand and bucket at the end.
    var entries: [(demand: Int, bucket: Int, qty: Double)] = []
    var causes: [Blocker?]

    init(model: PlanningModel, compiled: CompiledModel) {
        self.model = model
        self.compiled = compiled
        demands = zip(model.demands, compiled.demandItem).map { DemandInfo(item: $1, qty: $0.qty, due: $0.due, value: $0.value) }
        delivered = [Double](repeating: 0, count: demands.count)
        onTime = delivered
        causes = [Blocker?](repeating: nil, count: demands.count)
    }

    func remaining(_ d: Int) -> Double { demands[d].qty - delivered[d] }

    mutating func deliver(_ d: Int, _ qty: Double, in bucket: Int) {
        guard qty > Allocator.tiny else { return }
        delivered[d] += qty
        if bucket <= demands[d].due { onTime[d] += qty }
        entries.append((d, bucket, qty))
    }

    /// Delivers `got` of demand `d` in its on-time `bucket`, and records why
    /// it is still short: `blocker`, or else the demanded item itself (no
    /// source and no stock); no cause once it is served in full.
    mutating func deliverOnTime(_ d: Int, _ got: Double, in bucket: Int, blocker: Blocker?) {
        deliver(d, got, in: bucket)
        let demand = demands[d]
        causes[d] = remaining(d) > Allocator.tiny * max(1, demand.qty)
            ? blocker ?? .material(item: demand.item, bucket: bucket, source: nil) : nil
    }

    /// True when this book's on-time value is higher than `other`'s at the
    /// first priority (1 first) where the two differ by more than rounding.
    func servesMoreOnTime(than other: DeliveryBook, priorities: [Int]) -> Bool {
        var mine: [Int: Double] = [:], theirs: [Int: Double] = [:]
        for d in demands.indices {
            mine[priorities[d], default: 0] += demands[d].value * onTime[d]
            theirs[priorities[d], default: 0] += demands[d].value * other.onTime[d]
        }
        for p in mine.keys.sorted() {
            let a = mine[p] ?? 0, b = theirs[p] ?? 0
            if abs(a - b) > 1e-9 * max(1, abs(a), abs(b)) { return a > b }
        }
        return false
    }
}
