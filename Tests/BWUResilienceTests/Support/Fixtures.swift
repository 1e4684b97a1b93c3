import BWUPlanning

/// Hand-made models whose answers are known.
enum Fixtures {
    /// A kit made in DK from a frame (made in DK), two motors (only from PL-MOTORS) and
    /// four bolts (from DE-BOLTS, or from NO-BOLTS at a higher price). One demand.
    static func singleSourced() -> PlanningModel {
        PlanningModel(
            horizon: Horizon(start: "2026-01-05", buckets: 10),
            items: [Item(id: "KIT"), Item(id: "FRAME"), Item(id: "MOTOR"), Item(id: "BOLT")],
            resources: [Resource(id: "DK-ASSY", location: "DK", capacity: .uniform(100)),
                        Resource(id: "DK-SUB", location: "DK", capacity: .uniform(100))],
            operations: [
                Operation(id: "MAKE-KIT@DK", item: "KIT", location: "DK", leadTime: 1, unitCost: 100,
                          consumes: [Consumption(item: "FRAME", qty: 1), Consumption(item: "MOTOR", qty: 2), Consumption(item: "BOLT", qty: 4)],
                          loads: [Load(resource: "DK-ASSY", perUnit: 1)]),
                Operation(id: "MAKE-FRAME@DK", item: "FRAME", location: "DK", leadTime: 1, unitCost: 20,
                          loads: [Load(resource: "DK-SUB", perUnit: 1)]),
            ],
            purchases: [
                Purchase(id: "BUY-MOTOR@PL", item: "MOTOR", supplier: "PL-MOTORS", country: "PL", leadTime: 2, unitCost: 50),
                Purchase(id: "BUY-BOLT@DE", item: "BOLT", supplier: "DE-BOLTS", country: "DE", leadTime: 1, unitCost: 1, capacity: .uniform(1000)),
                Purchase(id: "BUY-BOLT@NO", item: "BOLT", supplier: "NO-BOLTS", country: "NO", leadTime: 1, unitCost: 1.2, capacity: .uniform(1000)),
            ],
            demands: [Demand(id: "D-KIT", customer: "AFU", item: "KIT", qty: 10, due: 6)])
    }

    /// A drone worth 100 per unit: 30 of assembly in DK, a frame bought in DE for 30 and
    /// a camera bought in CN for 40, so 40 % of its value is from a non-allied country.
    static func fortyPercentNonAllied() -> PlanningModel {
        PlanningModel(
            horizon: Horizon(start: "2026-01-05", buckets: 8),
            items: [Item(id: "DRONE"), Item(id: "FRAME"), Item(id: "CAMERA")],
            resources: [Resource(id: "DK-ASSY", location: "DK", capacity: .uniform(50))],
            operations: [Operation(id: "MAKE-DRONE@DK", item: "DRONE", location: "DK", leadTime: 1, unitCost: 30,
                                   consumes: [Consumption(item: "FRAME", qty: 1), Consumption(item: "CAMERA", qty: 1)],
                                   loads: [Load(resource: "DK-ASSY", perUnit: 1)])],
            purchases: [Purchase(id: "BUY-FRAME@DE", item: "FRAME", supplier: "DE-FRAMES", country: "DE", leadTime: 1, unitCost: 30),
                        Purchase(id: "BUY-CAMERA@CN", item: "CAMERA", supplier: "CN-OPTICS", country: "CN", leadTime: 2, unitCost: 40)],
            demands: [Demand(id: "D-DRONE", item: "DRONE", qty: 20, due: 5)])
    }

    /// Shells made in DK (one bucket) or, dearer and slower, in UA (four buckets).
    /// Without the DK facility, demand D-SHELL (due in bucket 2) can only be served late.
    /// D-FUSE needs only a bought fuse and is never hurt.
    static func facilityLoss() -> PlanningModel {
        PlanningModel(
            horizon: Horizon(start: "2026-01-05", buckets: 10),
            items: [Item(id: "SHELL"), Item(id: "CASING"), Item(id: "FUSE")],
            resources: [Resource(id: "DK1-LINE", location: "DK", capacity: .uniform(100)),
                        Resource(id: "UA1-LINE", location: "UA", capacity: .uniform(100))],
            operations: [
                Operation(id: "MAKE-SHELL@DK1", item: "SHELL", location: "DK", leadTime: 1, unitCost: 10,
                          consumes: [Consumption(item: "CASING", qty: 1)], loads: [Load(resource: "DK1-LINE", perUnit: 1)]),
                Operation(id: "MAKE-SHELL@UA1", item: "SHELL", location: "UA", leadTime: 4, unitCost: 12,
                          consumes: [Consumption(item: "CASING", qty: 1)], loads: [Load(resource: "UA1-LINE", perUnit: 1)]),
            ],
            purchases: [Purchase(id: "BUY-CASING@SE", item: "CASING", supplier: "SE-METAL", country: "SE", leadTime: 0, unitCost: 5),
                        Purchase(id: "BUY-FUSE@FI", item: "FUSE", supplier: "FI-FUSES", country: "FI", leadTime: 1, unitCost: 3)],
            demands: [Demand(id: "D-SHELL", item: "SHELL", qty: 40, due: 2),
                      Demand(id: "D-FUSE", item: "FUSE", qty: 10, due: 3)],
            budget: [100_000])
    }
}
