import BWUPlanning

/// Small hand-made models for the constraint and cause tests.
enum Fixtures {
    static func horizon(_ buckets: Int) -> Horizon { Horizon(start: "2026-01-05", bucketDays: 7, buckets: buckets) }

    /// One item `A` made by `MAKE-A` on resource `R` (1 load per unit, lead time `lead`), or bought when `capacity` is nil.
    static func madeItem(
        buckets: Int, capacity: Double, lead: Int = 0, unitCost: Double = 0, demands: [Demand], budget: [Double]? = nil
    ) -> PlanningModel {
        PlanningModel(
            horizon: horizon(buckets),
            items: [Item(id: "A")],
            resources: [Resource(id: "R", location: "DK", capacity: .uniform(capacity))],
            operations: [Operation(id: "MAKE-A", item: "A", location: "DK", leadTime: lead, unitCost: unitCost,
                                   loads: [Load(resource: "R", perUnit: 1)])],
            demands: demands, budget: budget)
    }

    static func demand(_ id: String, _ qty: Double, due: Int, priority: Int = 1, value: Double = 1, item: String = "A") -> Demand {
        Demand(id: id, customer: "AFU", item: item, qty: qty, due: due, priority: priority, value: value)
    }

    /// Deliveries of one demand as (bucket, qty) pairs.
    static func deliveries(_ plan: PlanResult, _ demand: String) -> [[Double]] {
        plan.deliveries.filter { $0.demand == demand }.map { [Double($0.bucket), $0.qty] }
    }

    static func starts(_ plan: PlanResult, _ operation: String) -> [[Double]] {
        plan.operations.filter { $0.operation == operation }.map { [Double($0.start), $0.qty] }
    }

    static func orders(_ plan: PlanResult, _ purchase: String) -> [[Double]] {
        plan.purchases.filter { $0.purchase == purchase }.map { [Double($0.order), $0.qty] }
    }
}
