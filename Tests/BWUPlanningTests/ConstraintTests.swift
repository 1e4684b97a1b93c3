import BWUPlanChecks
import BWUPlanning
import Testing

/// One hand-made model per constraint, with the plan the engine is expected to make.
@Suite("Constraints")
struct ConstraintTests {
    @Test("capacity: production starts just in time, then earlier in spare capacity")
    func capacityEarlierStart() throws {
        // R takes 10 a bucket; 25 due in bucket 2 → starts 5 @0, 10 @1, 10 @2, all delivered in bucket 2.
        let model = Fixtures.madeItem(buckets: 5, capacity: 10, demands: [Fixtures.demand("D", 25, due: 2)])
        let (plan, verdict) = try PlanChecker.planAndVerify(model)
        #expect(verdict.feasible, "\(verdict.errors)")
        #expect(Fixtures.starts(plan, "MAKE-A") == [[0, 5], [1, 10], [2, 10]])
        #expect(Fixtures.deliveries(plan, "D") == [[2, 25]])
        #expect(plan.unmet.isEmpty)
        #expect(plan.kpis.onTimeFill == 1)
    }

    @Test("capacity: what cannot be made in time is delivered late inside the horizon")
    func lateDelivery() throws {
        // 35 due in bucket 2 with 10 a bucket: 30 on time, 5 late in bucket 3.
        let model = Fixtures.madeItem(buckets: 5, capacity: 10, demands: [Fixtures.demand("D", 35, due: 2)])
        let (plan, verdict) = try PlanChecker.planAndVerify(model)
        #expect(verdict.feasible, "\(verdict.errors)")
        #expect(Fixtures.deliveries(plan, "D") == [[2, 30], [3, 5]])
        #expect(plan.kpis.weightedLateness == 5)
        #expect(plan.unmet == [Unmet(demand: "D", qty: 5, cause: .capacity(resource: "R", bucket: 2))])
    }

    @Test("priority: a priority-1 demand keeps the capacity an earlier priority-2 demand wanted")
    func strictPriority() throws {
        // R takes 10 a bucket over 4 buckets; P1 wants 40 by bucket 3, P2 wants 10 by bucket 0.
        let model = Fixtures.madeItem(buckets: 4, capacity: 10, demands: [
            Fixtures.demand("P2", 10, due: 0, priority: 2), Fixtures.demand("P1", 40, due: 3, priority: 1),
        ])
        let (plan, verdict) = try PlanChecker.planAndVerify(model)
        #expect(verdict.feasible, "\(verdict.errors)")
        #expect(Fixtures.deliveries(plan, "P1") == [[3, 40]])
        #expect(Fixtures.deliveries(plan, "P2").isEmpty)
        #expect(plan.unmet == [Unmet(demand: "P2", qty: 10, cause: .capacity(resource: "R", bucket: 0))])
    }

    @Test("run ahead: on an overloaded line production moves earlier so that a demand whose input comes late can still be made")
    func runAhead() throws {
        // The line takes 10 in buckets 7 and 8 only; every item takes one unit of it and one bucket.
        // P1's A is made just in time in bucket 8. B's input only arrives in bucket 8, so B can only
        // be made there: A is moved to bucket 7 (its input is in stock) and B takes bucket 8.
        // C's input has no source at all, which keeps the line overloaded.
        func make(_ item: String) -> Operation {
            Operation(id: "MAKE-\(item)", item: item, leadTime: 1, consumes: [Consumption(item: "RAW-\(item)", qty: 1)],
                      loads: [Load(resource: "LINE", perUnit: 1)])
        }
        let model = PlanningModel(
            horizon: Fixtures.horizon(10),
            items: ["A", "B", "C", "RAW-A", "RAW-B", "RAW-C"].map { Item(id: $0) },
            resources: [Resource(id: "LINE", capacity: .perBucket([0, 0, 0, 0, 0, 0, 0, 10, 10, 0]))],
            operations: ["A", "B", "C"].map(make),
            onHand: [StockLevel(item: "RAW-A", qty: 10)],
            receipts: [Receipt(item: "RAW-B", bucket: 8, qty: 10)],
            demands: [Fixtures.demand("A", 10, due: 9, item: "A"), Fixtures.demand("B", 10, due: 9, priority: 3, item: "B"),
                      Fixtures.demand("C", 10, due: 9, priority: 3, item: "C")])
        // Just in time alone, A would keep bucket 8 and B could not be made.
        for options in [PlanOptions(), PlanOptions(thorough: true)] {
            let (plan, verdict) = try PlanChecker.planAndVerify(model, options: options)
            #expect(verdict.feasible, "\(verdict.errors)")
            #expect(Fixtures.starts(plan, "MAKE-A") == [[7, 10]])
            #expect(Fixtures.starts(plan, "MAKE-B") == [[8, 10]])
            #expect(Fixtures.deliveries(plan, "A") == [[9, 10]])
            #expect(Fixtures.deliveries(plan, "B") == [[9, 10]])
            #expect(plan.unmet.map(\.demand) == ["C"])
        }
    }

    @Test("run late: component orders move as late as their use allows, and the supplier capacity this frees serves a short demand")
    func runLate() throws {
        // A small generated tight model: 2 products, 10 buckets. Just in time, component CMP-00002
        // is bought from CN-SUP-7 in buckets 0 and 1 and waits in stock, and the priority-3 demand
        // ORD-00004 is 48 short. Run late moves those orders to 1 and 4, where they are still in
        // time, and the supply chain this frees early makes 5 more UAV-00002 for ORD-00004 on time.
        let model = ModelGenerator(endItems: 2, buckets: 10, seed: 165, profile: .tight).generate()
        let (plan, verdict) = try PlanChecker.planAndVerify(model)
        #expect(verdict.feasible, "\(verdict.errors)")
        #expect(Fixtures.orders(plan, "BUY-CMP-00002@CN-SUP-7-6") == [[1, 80], [4, 120]])
        #expect(plan.unmet.first { $0.demand == "ORD-00004" }?.qty == 43)
    }

    @Test("alternates: a second facility takes what the first cannot")
    func anotherFacility() throws {
        // DK and UA lines take 10 each; UA is cheaper, so it goes first: 10 @UA + 10 @DK in bucket 0.
        let model = PlanningModel(
            horizon: Fixtures.horizon(3), items: [Item(id: "A")],
            resources: [Resource(id: "DK-L", capacity: .uniform(10)), Resource(id: "UA-L", capacity: .uniform(10))],
            operations: [
                Operation(id: "MAKE-A@DK", item: "A", unitCost: 100, loads: [Load(resource: "DK-L", perUnit: 1)]),
                Operation(id: "MAKE-A@UA", item: "A", unitCost: 80, loads: [Load(resource: "UA-L", perUnit: 1)]),
            ],
            demands: [Fixtures.demand("D", 20, due: 0)])
        let (plan, verdict) = try PlanChecker.planAndVerify(model)
        #expect(verdict.feasible, "\(verdict.errors)")
        #expect(Fixtures.starts(plan, "MAKE-A@UA") == [[0, 10]])
        #expect(Fixtures.starts(plan, "MAKE-A@DK") == [[0, 10]])
        #expect(plan.kpis.cost == 1800)
    }

    @Test("alternates: on an overloaded model each item is made on the line where it takes the fewest hours, even if earlier")
    func lineThatWastesLeast() throws {
        // Lines A and B take 10 hours a bucket. X takes 1 hour on A and 3 on B, Y the reverse; both
        // are wanted 30 by bucket 3, and making takes a bucket. Just in time, X would take B's hours
        // in buckets 2 and 1 (3 an X, where they make 3 Y) and Y would get 12. Making X on A only,
        // earlier, leaves B to Y: 30 of each on time, the most the two lines can make.
        func make(_ item: String, on line: String, hours: Double) -> Operation {
            Operation(id: "MAKE-\(item)@\(line)", item: item, leadTime: 1, loads: [Load(resource: line, perUnit: hours)])
        }
        let model = PlanningModel(
            horizon: Fixtures.horizon(4), items: [Item(id: "X"), Item(id: "Y")],
            resources: [Resource(id: "A", capacity: .uniform(10)), Resource(id: "B", capacity: .uniform(10))],
            operations: [make("X", on: "A", hours: 1), make("X", on: "B", hours: 3),
                         make("Y", on: "A", hours: 3), make("Y", on: "B", hours: 1)],
            demands: [Fixtures.demand("DX", 30, due: 3, item: "X"), Fixtures.demand("DY", 30, due: 3, item: "Y")])
        let (plan, verdict) = try PlanChecker.planAndVerify(model)
        #expect(verdict.feasible, "\(verdict.errors)")
        #expect(Fixtures.starts(plan, "MAKE-X@A") == [[0, 10], [1, 10], [2, 10]])
        #expect(Fixtures.starts(plan, "MAKE-Y@B") == [[0, 10], [1, 10], [2, 10]])
        #expect(Fixtures.deliveries(plan, "DX") == [[3, 30]])
        #expect(Fixtures.deliveries(plan, "DY") == [[3, 30]])
        #expect(plan.kpis.onTimeFill == 1)
    }

    /// One unit of `line` per unit made, a bucket's lead time, one of each input.
    private func make(_ item: String, on line: String, from inputs: [String] = []) -> Operation {
        Operation(id: "MAKE-\(item)", item: item, leadTime: 1,
                  consumes: inputs.map { Consumption(item: $0, qty: 1) }, loads: [Load(resource: line, perUnit: 1)])
    }

    @Test("priority: a priority-1 start is run ahead to free the capacity another priority-1 demand needs, before priority 2 takes the early capacity")
    func priorityOneRunsAhead() throws {
        // Line A takes 10 units a bucket; making takes a bucket. DX (priority 1, worth more) is served
        // first and, just in time, takes A in bucket 2. DY (priority 1) needs K, which arrives only in
        // bucket 2, so it can start in bucket 2 alone. Moving X to bucket 1 frees it. Left to the end,
        // that move would find buckets 0 and 1 taken by DZ (priority 2): DY would get nothing.
        let model = PlanningModel(
            horizon: Fixtures.horizon(4), items: ["X", "Y", "Z", "K"].map { Item(id: $0) },
            resources: [Resource(id: "A", capacity: .uniform(10))],
            operations: [make("X", on: "A"), make("Y", on: "A", from: ["K"]), make("Z", on: "A")],
            receipts: [Receipt(item: "K", bucket: 2, qty: 10)],
            demands: [Fixtures.demand("DX", 10, due: 3, value: 2, item: "X"),
                      Fixtures.demand("DY", 10, due: 3, item: "Y"),
                      Fixtures.demand("DZ", 30, due: 2, priority: 2, item: "Z")])
        let (plan, verdict) = try PlanChecker.planAndVerify(model)
        #expect(verdict.feasible, "\(verdict.errors)")
        #expect(Fixtures.starts(plan, "MAKE-X") == [[1, 10]])
        #expect(Fixtures.starts(plan, "MAKE-Y") == [[2, 10]])
        #expect(Fixtures.deliveries(plan, "DX") == [[3, 10]])
        #expect(Fixtures.deliveries(plan, "DY") == [[3, 10]])
        #expect(Fixtures.deliveries(plan, "DZ") == [[2, 10]])
    }

    @Test("priority 1 runs ahead: a sub-assembly start moves earlier to free its line for a short demand")
    func priorityOneRunsSubAssemblyAhead() throws {
        // Sub-assembly line S makes 10 a bucket, a bucket each; assembly on A is ample. DX (priority 1,
        // worth more) is served first and, just in time, makes SX on S in bucket 2. DY (priority 1)
        // needs SY, whose input K arrives only in bucket 2, so SY can start in bucket 2 alone. Moving
        // SX to bucket 1 frees it; SX is no demand's item, yet its start is what blocks DY. DZ
        // (priority 2, made on S) then gets bucket 0 only: 10 on time, not 20.
        let model = PlanningModel(
            horizon: Fixtures.horizon(5), items: ["X", "Y", "Z", "SX", "SY", "K"].map { Item(id: $0) },
            resources: [Resource(id: "S", capacity: .uniform(10)), Resource(id: "A", capacity: .uniform(100))],
            operations: [make("X", on: "A", from: ["SX"]), make("Y", on: "A", from: ["SY"]), make("Z", on: "S"),
                         make("SX", on: "S"), make("SY", on: "S", from: ["K"])],
            receipts: [Receipt(item: "K", bucket: 2, qty: 10)],
            demands: [Fixtures.demand("DX", 10, due: 4, value: 2, item: "X"),
                      Fixtures.demand("DY", 10, due: 4, item: "Y"),
                      Fixtures.demand("DZ", 40, due: 2, priority: 2, item: "Z")])
        let (plan, verdict) = try PlanChecker.planAndVerify(model)
        #expect(verdict.feasible, "\(verdict.errors)")
        #expect(Fixtures.starts(plan, "MAKE-SX") == [[1, 10]])
        #expect(Fixtures.starts(plan, "MAKE-SY") == [[2, 10]])
        #expect(Fixtures.deliveries(plan, "DX") == [[4, 10]])
        #expect(Fixtures.deliveries(plan, "DY") == [[4, 10]])
        #expect(Fixtures.starts(plan, "MAKE-Z").first == [0, 10])
        #expect(Fixtures.deliveries(plan, "DZ").first == [2, 10])
    }

    @Test("thorough: a demand still short at the end gets the line a sub-assembly start frees by moving earlier")
    func shortDemandRunsSubAssemblyAhead() throws {
        // As above, but DY is priority 2, so it is served only after priority 1's run ahead. X also
        // needs KX, which arrives in bucket 3, so X cannot start earlier and the run ahead of end
        // items cannot free SX's bucket 2 either. DZ (priority 3) makes Z on S in bucket 1; the run
        // ahead of end items moves it to bucket 0. SX is no demand's item, so only the run ahead
        // for the demands still short (thorough plans) moves it, into the bucket Z left; then SY is
        // made in bucket 2. W on line B is what overloads the model; nothing else uses B.
        let model = PlanningModel(
            horizon: Fixtures.horizon(5), items: ["X", "Y", "Z", "W", "SX", "SY", "K", "KX"].map { Item(id: $0) },
            resources: [Resource(id: "S", capacity: .uniform(10)), Resource(id: "A", capacity: .uniform(100)),
                        Resource(id: "B", capacity: .uniform(1))],
            operations: [make("X", on: "A", from: ["SX", "KX"]), make("Y", on: "A", from: ["SY"]), make("Z", on: "S"),
                         make("W", on: "B"), make("SX", on: "S"), make("SY", on: "S", from: ["K"])],
            receipts: [Receipt(item: "K", bucket: 2, qty: 10), Receipt(item: "KX", bucket: 3, qty: 10)],
            demands: [Fixtures.demand("DX", 10, due: 4, item: "X"),
                      Fixtures.demand("DY", 10, due: 4, priority: 2, item: "Y"),
                      Fixtures.demand("DZ", 10, due: 2, priority: 3, item: "Z"),
                      Fixtures.demand("DW", 50, due: 4, priority: 3, item: "W")])
        let (quick, quickVerdict) = try PlanChecker.planAndVerify(model)
        #expect(quickVerdict.feasible, "\(quickVerdict.errors)")
        #expect(Fixtures.deliveries(quick, "DY") == [])
        let (plan, verdict) = try PlanChecker.planAndVerify(model, options: PlanOptions(thorough: true))
        #expect(verdict.feasible, "\(verdict.errors)")
        #expect(Fixtures.starts(plan, "MAKE-Z") == [[0, 10]])
        #expect(Fixtures.starts(plan, "MAKE-SX") == [[1, 10]])
        #expect(Fixtures.starts(plan, "MAKE-SY") == [[2, 10]])
        #expect(Fixtures.deliveries(plan, "DX") == [[4, 10]])
        #expect(Fixtures.deliveries(plan, "DY") == [[4, 10]])
        #expect(Fixtures.deliveries(plan, "DZ") == [[2, 10]])
    }

    @Test("alternates: a second supplier covers what the first one's capacity cannot")
    func anotherSupplier() throws {
        // PL sells 50 a bucket (lead 1, 5 each), DE is unlimited (lead 2, 7 each): 80 due in bucket 3.
        let model = PlanningModel(
            horizon: Fixtures.horizon(5), items: [Item(id: "B")],
            purchases: [
                Purchase(id: "BUY-B@PL", item: "B", supplier: "PL-1", country: "PL", leadTime: 1, unitCost: 5, capacity: .uniform(50)),
                Purchase(id: "BUY-B@DE", item: "B", supplier: "DE-1", country: "DE", leadTime: 2, unitCost: 7),
            ],
            demands: [Fixtures.demand("D", 80, due: 3, item: "B")])
        let (plan, verdict) = try PlanChecker.planAndVerify(model)
        #expect(verdict.feasible, "\(verdict.errors)")
        #expect(Fixtures.orders(plan, "BUY-B@PL") == [[2, 50]])
        #expect(Fixtures.orders(plan, "BUY-B@DE") == [[1, 30]])
        #expect(plan.kpis.cost == 460)
    }

    @Test("lot rules: orders are at least minLot and whole multiples of lotMultiple")
    func lots() throws {
        // 120 wanted, minLot 100, multiple 50 → one order of 150; 30 stay in stock.
        let model = PlanningModel(
            horizon: Fixtures.horizon(3), items: [Item(id: "B")],
            purchases: [Purchase(id: "BUY-B", item: "B", leadTime: 1, unitCost: 1, minLot: 100, lotMultiple: 50)],
            demands: [Fixtures.demand("D", 120, due: 2, item: "B")])
        let (plan, verdict) = try PlanChecker.planAndVerify(model)
        #expect(verdict.feasible, "\(verdict.errors)")
        #expect(Fixtures.orders(plan, "BUY-B") == [[1, 150]])
        #expect(Fixtures.deliveries(plan, "D") == [[2, 120]])
    }

    @Test("stock and receipts: on-hand stock and open orders are delivered; nothing else exists")
    func stockAndReceipts() throws {
        // 5 on hand, 10 arriving in bucket 2, no source. D1 wants 8 by bucket 1, D2 7 by bucket 3.
        // D1 gets 5 on time and 3 late in bucket 2; D2 gets 7 on time.
        let model = PlanningModel(
            horizon: Fixtures.horizon(4), items: [Item(id: "S")],
            onHand: [StockLevel(item: "S", qty: 5)], receipts: [Receipt(item: "S", bucket: 2, qty: 10)],
            demands: [Fixtures.demand("D1", 8, due: 1, item: "S"), Fixtures.demand("D2", 7, due: 3, item: "S")])
        let (plan, verdict) = try PlanChecker.planAndVerify(model)
        #expect(verdict.feasible, "\(verdict.errors)")
        #expect(Fixtures.deliveries(plan, "D1") == [[1, 5], [2, 3]])
        #expect(Fixtures.deliveries(plan, "D2") == [[3, 7]])
        #expect(plan.unmet == [Unmet(demand: "D1", qty: 3, cause: .material(item: "S", bucket: 1, source: nil))])
    }

    @Test("budget: cumulative spend never exceeds cumulative budget")
    func budget() throws {
        // 10 per unit; 100 released in bucket 0 and 100 in bucket 2. D wants 15 by bucket 0: 10 on time.
        let model = Fixtures.madeItem(buckets: 3, capacity: 1000, unitCost: 10,
                                      demands: [Fixtures.demand("D", 15, due: 0)], budget: [100, 0, 100])
        let (plan, verdict) = try PlanChecker.planAndVerify(model)
        #expect(verdict.feasible, "\(verdict.errors)")
        #expect(Fixtures.deliveries(plan, "D") == [[0, 10], [2, 5]])
        #expect(plan.unmet == [Unmet(demand: "D", qty: 5, cause: .budget(bucket: 0))])
        #expect(plan.kpis.cost == 150)
    }

    @Test("multi-level: inputs are made or bought in time for the operation that consumes them")
    func billOfMaterials() throws {
        // A (lead 1) needs 2 C; C is bought with lead 2. 10 A due in bucket 4: order 20 C in 1, start A in 3.
        let model = PlanningModel(
            horizon: Fixtures.horizon(6), items: [Item(id: "A"), Item(id: "C")],
            resources: [Resource(id: "R", capacity: .uniform(100))],
            operations: [Operation(id: "MAKE-A", item: "A", leadTime: 1, consumes: [Consumption(item: "C", qty: 2)],
                                   loads: [Load(resource: "R", perUnit: 1)])],
            purchases: [Purchase(id: "BUY-C", item: "C", leadTime: 2, unitCost: 3)],
            demands: [Fixtures.demand("D", 10, due: 4)])
        let (plan, verdict) = try PlanChecker.planAndVerify(model)
        #expect(verdict.feasible, "\(verdict.errors)")
        #expect(Fixtures.orders(plan, "BUY-C") == [[1, 20]])
        #expect(Fixtures.starts(plan, "MAKE-A") == [[3, 10]])
        #expect(Fixtures.deliveries(plan, "D") == [[4, 10]])
    }
}
