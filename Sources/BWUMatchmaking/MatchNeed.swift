import BWUPlanning
import BWUResilience

/// Why an item of a manufacturer needs another supplier.
public enum NeedReason: String, Codable, Sendable, CaseIterable {
    /// One source only (one supplier, or operations at one location), and a demand depends on it.
    case singleSourced = "single-sourced"
    /// At least one of its purchase sources ships from outside the allied set.
    case nonAlliedSource = "non-allied-source"
    /// The latest plan run left a demand short or late because of this item.
    case shortInPlan = "short-in-plan"
}

/// An item that matchmaking looks for suppliers for, and why.
public struct MatchNeed: Codable, Sendable, Equatable {
    public var item: String
    public var reasons: [NeedReason]
}

extension MatchNeed {
    /// The items of `model` that are single-sourced, bought outside `allied`, or short in `latestPlan`.
    /// - Parameters:
    ///   - singlePoints: the resilience analysis of the model's single points of failure.
    ///   - latestPlan: the newest plan run's result with the model it planned, if any.
    static func needs(model: PlanningModel, singlePoints: [SinglePointOfFailure], allied: Set<String>,
                      latestPlan: (model: PlanningModel, plan: PlanResult)?) -> [MatchNeed] {
        var reasons: [String: Set<NeedReason>] = [:]
        for point in singlePoints { reasons[point.item, default: []].insert(.singleSourced) }
        for purchase in model.purchases {
            if let country = purchase.country, !allied.contains(country) { reasons[purchase.item, default: []].insert(.nonAlliedSource) }
        }
        if let latestPlan {
            // The run planned an earlier snapshot: only items the model still has count.
            for item in shortItems(model: latestPlan.model, plan: latestPlan.plan) {
                reasons[item, default: []].insert(.shortInPlan)
            }
        }
        return model.items.compactMap { item in
            guard let found = reasons[item.id] else { return nil }
            return MatchNeed(item: item.id, reasons: NeedReason.allCases.filter(found.contains))
        }
    }

    /// Items named by the causes of unmet demand: the material or lead-time item, or the item a lot-bound source supplies.
    static func shortItems(model: PlanningModel, plan: PlanResult) -> Set<String> {
        var items: Set<String> = []
        for unmet in plan.unmet {
            switch unmet.cause {
            case .material(let item, _, _), .leadTime(let item, _, _):
                items.insert(item)
            case .lot(let source, _):
                if let item = model.purchases.first(where: { $0.id == source })?.item ?? model.operations.first(where: { $0.id == source })?.item {
                    items.insert(item)
                }
            case .capacity, .budget:
                continue
            }
        }
        return items
    }
}
