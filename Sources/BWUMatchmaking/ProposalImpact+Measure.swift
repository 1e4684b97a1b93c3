import BWUPlanning
import BWUResilience

extension ProposalImpact {
    /// What adding a source of `item` changed, measured by planning both models and analysing
    /// their single points of failure and origin of value.
    /// - Parameters:
    ///   - before: the manufacturer's model as it is.
    ///   - after: the same model with the new purchase source of `item`.
    ///   - source: the purchase source added (for its terms).
    ///   - options: the planner's passes for both models.
    /// - Throws: ``ModelError`` when either model breaks a rule of the format.
    public static func measure(item: String, before: PlanningModel, after: PlanningModel, source: Purchase,
                               allied: Set<String> = AlliedCountries.standard, options: PlanOptions = PlanOptions()) throws(ModelError) -> ProposalImpact {
        ProposalImpact(item: item, before: try Baseline(model: before, allied: allied, options: options),
                       after: try Baseline(model: after, allied: allied, options: options),
                       leadTime: source.leadTime, capacityPerWeek: source.capacity?.value(in: 0) ?? 0, unitCost: source.unitCost)
    }

    init(item: String, before: Baseline, after: Baseline, leadTime: Int, capacityPerWeek: Double, unitCost: Double) {
        let shareBefore = Dictionary(uniqueKeysWithValues: before.report.origin.items.map { ($0.item, $0.alliedShare) })
        let changes = after.report.origin.items.compactMap { origin -> AlliedShareChange? in
            guard let share = shareBefore[origin.item], abs(share - origin.alliedShare) > 1e-9 else { return nil }
            return AlliedShareChange(item: origin.item, before: share, after: origin.alliedShare)
        }.sorted { $0.item < $1.item }
        self.init(
            assumedLeadTimeWeeks: leadTime, assumedCapacityPerWeek: capacityPerWeek, assumedUnitCost: unitCost,
            onTimeFillBefore: before.plan.kpis.onTimeFill, onTimeFillAfter: after.plan.kpis.onTimeFill,
            fillBefore: before.plan.kpis.fill, fillAfter: after.plan.kpis.fill,
            singlePointsBefore: before.report.singlePointsOfFailure.count, singlePointsAfter: after.report.singlePointsOfFailure.count,
            closesSinglePoint: before.report.singlePointsOfFailure.contains { $0.item == item }
                && !after.report.singlePointsOfFailure.contains { $0.item == item },
            alliedShare: changes)
    }
}
