import BWUPlanChecks
import BWUPlanning
import Testing

/// One hand-made model per cause kind: every `unmet` entry must name the real binding constraint.
@Suite("Causes of late and short demand")
struct CauseTests {
    @Test("capacity: the resource and bucket that ran out")
    func capacity() throws {
        // R takes 10 a bucket; 50 due in bucket 1 → 20 on time, the rest late; R in bucket 1 binds first.
        let model = Fixtures.madeItem(buckets: 3, capacity: 10, demands: [Fixtures.demand("D", 50, due: 1)])
        let (plan, verdict) = try PlanChecker.planAndVerify(model)
        #expect(verdict.feasible, "\(verdict.errors)")
        #expect(plan.unmet == [Unmet(demand: "D", qty: 30, cause: .capacity(resource: "R", bucket: 1))])
        #expect(Fixtures.deliveries(plan, "D") == [[1, 20], [2, 10]])
    }

    @Test("material: an input's only supplier cannot deliver enough in time")
    func material() throws {
        // A needs 1 C; C comes from one supplier, 10 a bucket, lead 1. 25 A due in bucket 1:
        // C can only be ordered in bucket 0 → 10 A on time; the supplier's capacity in bucket 0 binds.
        let model = PlanningModel(
            horizon: Fixtures.horizon(4), items: [Item(id: "A"), Item(id: "C")],
            operations: [Operation(id: "MAKE-A", item: "A", consumes: [Consumption(item: "C", qty: 1)])],
            purchases: [Purchase(id: "BUY-C@PL", item: "C", supplier: "PL-1", country: "PL", leadTime: 1, capacity: .uniform(10))],
            demands: [Fixtures.demand("D", 25, due: 1)])
        let (plan, verdict) = try PlanChecker.planAndVerify(model)
        #expect(verdict.feasible, "\(verdict.errors)")
        #expect(Fixtures.deliveries(plan, "D").first == [1, 10])
        #expect(plan.unmet == [Unmet(demand: "D", qty: 15, cause: .material(item: "C", bucket: 0, source: "BUY-C@PL"))])
    }

    @Test("material: an item with no source runs out of stock")
    func materialWithoutSource() throws {
        let model = PlanningModel(
            horizon: Fixtures.horizon(3), items: [Item(id: "S")], onHand: [StockLevel(item: "S", qty: 4)],
            demands: [Fixtures.demand("D", 6, due: 1, item: "S")])
        let (plan, verdict) = try PlanChecker.planAndVerify(model)
        #expect(verdict.feasible, "\(verdict.errors)")
        #expect(plan.unmet == [Unmet(demand: "D", qty: 2, cause: .material(item: "S", bucket: 1, source: nil))])
        #expect(plan.kpis.fill == 4.0 / 6.0)
    }

    @Test("leadTime: due before the fastest supply path can deliver")
    func leadTime() throws {
        // Making A takes 3 buckets; due in bucket 1 → nothing on time, all 10 delivered in bucket 3.
        let model = Fixtures.madeItem(buckets: 6, capacity: 100, lead: 3, demands: [Fixtures.demand("D", 10, due: 1)])
        let (plan, verdict) = try PlanChecker.planAndVerify(model)
        #expect(verdict.feasible, "\(verdict.errors)")
        #expect(plan.unmet == [Unmet(demand: "D", qty: 10, cause: .leadTime(item: "A", bucket: 1, earliest: 3))])
        #expect(Fixtures.deliveries(plan, "D") == [[3, 10]])
        #expect(plan.kpis.weightedLateness == 20)
    }

    @Test("budget: the bucket through which cumulative money ran out")
    func budget() throws {
        // 10 per unit, 50 released in bucket 0 only; 8 due in bucket 2 → 5 on time, 3 short.
        let model = Fixtures.madeItem(buckets: 3, capacity: 100, unitCost: 10,
                                      demands: [Fixtures.demand("D", 8, due: 2)], budget: [50])
        let (plan, verdict) = try PlanChecker.planAndVerify(model)
        #expect(verdict.feasible, "\(verdict.errors)")
        #expect(Fixtures.deliveries(plan, "D") == [[2, 5]])
        guard case .budget = plan.unmet.first?.cause else {
            Issue.record("expected a budget cause, got \(plan.unmet)")
            return
        }
        #expect(plan.unmet.first?.qty == 3)
    }

    @Test("lot: the minimum lot does not fit the supplier's capacity")
    func lot() throws {
        // The supplier sells at most 60 a bucket but only in lots of at least 100 → nothing can be bought.
        let model = PlanningModel(
            horizon: Fixtures.horizon(3), items: [Item(id: "B")],
            purchases: [Purchase(id: "BUY-B", item: "B", leadTime: 0, capacity: .uniform(60), minLot: 100)],
            demands: [Fixtures.demand("D", 30, due: 2, item: "B")])
        let (plan, verdict) = try PlanChecker.planAndVerify(model)
        #expect(verdict.feasible, "\(verdict.errors)")
        #expect(plan.deliveries.isEmpty)
        #expect(plan.unmet == [Unmet(demand: "D", qty: 30, cause: .lot(source: "BUY-B", bucket: 2))])
    }
}
