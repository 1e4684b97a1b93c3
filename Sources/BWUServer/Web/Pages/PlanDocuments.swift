import BWUPersistence
import BWUPlanning
import BWUWeb
import Foundation

/// Reads a run's stored documents (the input snapshot and the plan, both JSON) for the pages.
enum PlanDocuments {
    static func model(_ json: String) throws -> PlanningModel {
        try PlanningModel.decode(from: Data(json.utf8))
    }

    static func plan(_ json: String) throws -> PlanResult {
        try JSONDecoder().decode(PlanResult.self, from: Data(json.utf8))
    }

    /// The service's comparison with each run's binding constraint kept as a ``Cause``, so the
    /// page can say it in the reader's words and with each run's own calendar.
    static func comparison(
        _ comparison: PlanComparison, before: PlanRunSummary, after: PlanRunSummary,
        beforeDocuments: (model: String, plan: String?), afterDocuments: (model: String, plan: String?), organisationName: String
    ) throws -> PlanComparisonModel {
        let beforePlan = try beforeDocuments.plan.map(plan), afterPlan = try afterDocuments.plan.map(plan)
        func cause(_ plan: PlanResult?, _ demand: String) -> Cause? { plan?.unmet.first { $0.demand == demand }?.cause }
        return PlanComparisonModel(
            before: before, after: after, organisationName: organisationName,
            beforeModel: try model(beforeDocuments.model), afterModel: try model(afterDocuments.model),
            beforeKPIs: comparison.before, afterKPIs: comparison.after,
            changes: comparison.changes.map { change in
                PlanComparisonModel.Change(
                    demand: change.demand, onTimeBefore: change.onTimeBefore, onTimeAfter: change.onTimeAfter,
                    lastDeliveryBefore: change.lastDeliveryBefore, lastDeliveryAfter: change.lastDeliveryAfter,
                    causeBefore: cause(beforePlan, change.demand), causeAfter: cause(afterPlan, change.demand))
            })
    }
}
