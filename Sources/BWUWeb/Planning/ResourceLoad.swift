import BWUPlanning

/// The load a plan puts on one resource in each bucket, beside its capacity.
public struct ResourceLoad: Sendable {
    public let resource: String
    public let location: String?
    public let load: [Double]
    public let capacity: [Double]

    /// Starting `q` units of an operation in bucket `s` puts `q × perUnit` on each resource it loads, in `s`.
    public static func compute(model: PlanningModel, plan: PlanResult) -> [ResourceLoad] {
        let buckets = model.horizon.buckets
        let operations = Dictionary(model.operations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var loads: [String: [Double]] = [:]
        for resource in model.resources { loads[resource.id] = Array(repeating: 0, count: buckets) }
        for planned in plan.operations {
            guard let operation = operations[planned.operation], (0..<buckets).contains(planned.start) else { continue }
            for load in operation.loads { loads[load.resource]?[planned.start] += planned.qty * load.perUnit }
        }
        return model.resources.map { resource in
            ResourceLoad(resource: resource.id, location: resource.location, load: loads[resource.id] ?? [],
                         capacity: (0..<buckets).map { resource.capacity.value(in: $0) })
        }
    }

    /// 0 idle, 1 up to half, 2 up to 80 %, 3 below full, 4 full (within the format's tolerance).
    func level(_ bucket: Int) -> Int {
        let used = load[bucket], available = capacity[bucket]
        guard used > 1e-9 else { return 0 }
        guard available > 0 else { return 4 }
        let share = used / available
        if share >= 1 - 1e-6 { return 4 }
        return share <= 0.5 ? 1 : share <= 0.8 ? 2 : 3
    }
}
