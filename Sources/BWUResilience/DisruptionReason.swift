import BWUPlanning

/// Why demands are hurt in a scenario.
public struct DisruptionReason: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        /// `subject` (an item) lost every source it had, and the demands need it.
        case lostOnlySource
        /// The capacity of resource `subject` became binding.
        case capacity
        /// Item `subject` could not be obtained in time; `source` names the source that ran short.
        case material
        /// The fastest remaining supply path of item `subject` is too slow for the due date.
        case leadTime
        /// The budget ran out.
        case budget
        /// The lot rules of source `subject` did not fit.
        case lot
    }

    public var kind: Kind
    /// An item, resource or source id (empty for `budget`).
    public var subject: String
    /// For `material`: the source that could not supply in time, when the plan names one.
    public var source: String?
    /// The hurt demands this reason explains.
    public var demands: [String]
}

extension SupplyIndex {
    /// Explains the hurt demands of a scenario: first the items that lost their only source
    /// (and the hurt demands that cannot do without them), then, for the other hurt demands,
    /// the binding constraint the scenario's plan gives, grouped. Most demands first.
    /// - Parameters:
    ///   - hurt: the hurt demands, with the scenario's causes.
    ///   - removed: the sources the scenario removes.
    func reasons(hurt: [DemandChange], removed: Set<SourceRef>) -> [DisruptionReason] {
        guard !hurt.isEmpty else { return [] }
        var hurtByItem: [String: [String]] = [:]
        for change in hurt { hurtByItem[change.item, default: []].append(change.demand) }
        var explained: Set<String> = []
        var result: [DisruptionReason] = []
        let lost = SourceMask(removed, model: model)
        for i in model.items.indices where !sources[i].isEmpty && sources[i].allSatisfy(lost.contains) {
            let demands = hardDependants(of: i, lost: lost).flatMap { hurtByItem[model.items[$0].id] ?? [] }
            guard !demands.isEmpty else { continue }
            result.append(DisruptionReason(kind: .lostOnlySource, subject: model.items[i].id, source: nil, demands: demands.sorted()))
            explained.formUnion(demands)
        }
        var grouped: [String: DisruptionReason] = [:]
        var keys: [String] = []
        for change in hurt where !explained.contains(change.demand) {
            let reason = Self.reason(for: change.cause, item: change.item)
            let key = "\(reason.kind.rawValue)|\(reason.subject)|\(reason.source ?? "")"
            if grouped[key] == nil {
                grouped[key] = reason
                keys.append(key)
            }
            grouped[key]!.demands.append(change.demand)
        }
        let rest = keys.map { grouped[$0]! }.sorted { a, b in
            a.demands.count != b.demands.count ? a.demands.count > b.demands.count : (a.kind.rawValue, a.subject) < (b.kind.rawValue, b.subject)
        }
        let lostSources = result.sorted { a, b in
            a.demands.count != b.demands.count ? a.demands.count > b.demands.count : a.subject < b.subject
        }
        return lostSources + rest
    }

    /// The reason a plan's cause states, with no demands yet. A hurt demand that the plan
    /// fully delivers late (so it has a cause) or short always has one; without one the
    /// item itself is reported as material.
    private static func reason(for cause: Cause?, item: String) -> DisruptionReason {
        switch cause {
        case .capacity(let resource, _): DisruptionReason(kind: .capacity, subject: resource, source: nil, demands: [])
        case .material(let material, _, let source): DisruptionReason(kind: .material, subject: material, source: source, demands: [])
        case .leadTime(let late, _, _): DisruptionReason(kind: .leadTime, subject: late, source: nil, demands: [])
        case .budget: DisruptionReason(kind: .budget, subject: "", source: nil, demands: [])
        case .lot(let source, _): DisruptionReason(kind: .lot, subject: source, source: nil, demands: [])
        case nil: DisruptionReason(kind: .material, subject: item, source: nil, demands: [])
        }
    }
}
