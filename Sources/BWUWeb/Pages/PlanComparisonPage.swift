import BWUDomain
import BWUPlanning
import Foundation

/// Two finished runs of one manufacturer and the demands whose on-time quantity, last
/// delivery or binding constraint moved between them.
public struct PlanComparisonModel: Sendable {
    public struct Change: Sendable {
        public var demand: String
        public var onTimeBefore: Double
        public var onTimeAfter: Double
        public var lastDeliveryBefore: Int?
        public var lastDeliveryAfter: Int?
        public var causeBefore: Cause?
        public var causeAfter: Cause?

        public init(demand: String, onTimeBefore: Double, onTimeAfter: Double, lastDeliveryBefore: Int?, lastDeliveryAfter: Int?,
                    causeBefore: Cause?, causeAfter: Cause?) {
            self.demand = demand
            self.onTimeBefore = onTimeBefore
            self.onTimeAfter = onTimeAfter
            self.lastDeliveryBefore = lastDeliveryBefore
            self.lastDeliveryAfter = lastDeliveryAfter
            self.causeBefore = causeBefore
            self.causeAfter = causeAfter
        }
    }

    public var before: PlanRunSummary
    public var after: PlanRunSummary
    public var organisationName: String
    public var beforeModel: PlanningModel
    public var afterModel: PlanningModel
    public var beforeKPIs: KPIs
    public var afterKPIs: KPIs
    public var changes: [Change]

    public init(before: PlanRunSummary, after: PlanRunSummary, organisationName: String, beforeModel: PlanningModel,
                afterModel: PlanningModel, beforeKPIs: KPIs, afterKPIs: KPIs, changes: [Change]) {
        self.before = before
        self.after = after
        self.organisationName = organisationName
        self.beforeModel = beforeModel
        self.afterModel = afterModel
        self.beforeKPIs = beforeKPIs
        self.afterKPIs = afterKPIs
        self.changes = changes
    }
}

public enum PlanComparisonPage {
    public static func render(_ context: PageContext, _ page: PlanComparisonModel) -> String {
        let t = context.t, format = context.format
        let figures: [(Msg, Double, Double)] = [
            (.onTimeFill, page.beforeKPIs.onTimeFill, page.afterKPIs.onTimeFill), (.fill, page.beforeKPIs.fill, page.afterKPIs.fill),
        ]
        return Layout.page(context, title: "\(t(.comparisonTitle)) — \(page.organisationName)") {
            UI.facts([
                (t(.before), UI.link(format.dateTime(page.before.createdAt), .planRun(page.before.id))),
                (t(.after), UI.link(format.dateTime(page.after.createdAt), .planRun(page.after.id))),
            ])
            UI.table(
                caption: t(.comparisonTitle), headers: [t(.measure), t(.before), t(.after), t(.change)], numeric: [1, 2, 3],
                rows: figures.map { label, before, after in
                    [text(t(label)), text(format.percent(before)), text(format.percent(after)),
                     text(t.fill(.pointsChange, ["value": format.signedPoints(after - before)]))]
                })
            el("section", [Attribute("aria-labelledby", "moved-heading")]) {
                el("h2", [id("moved-heading")]) { t(.demandsMoved) }
                if page.changes.isEmpty {
                    el("p") { t(.noDemandMoved) }
                } else {
                    changes(page, context)
                }
            }
        }
    }

    private static func changes(_ page: PlanComparisonModel, _ context: PageContext) -> Node {
        let t = context.t, format = context.format
        let beforeNames = PlanNames(page.beforeModel), afterNames = PlanNames(page.afterModel)
        let beforeWeeks = PlanWeeks(page.beforeModel.horizon), afterWeeks = PlanWeeks(page.afterModel.horizon)
        let demands = Dictionary((page.beforeModel.demands + page.afterModel.demands).map { ($0.id, $0) }, uniquingKeysWith: { _, later in later })
        func last(_ bucket: Int?, _ weeks: PlanWeeks) -> String { bucket.map { weeks.label($0, format) } ?? t(.noDelivery) }
        return UI.table(
            caption: t(.demandsMoved),
            headers: [t(.product), t(.customer), t(.onTime), t(.lastDelivery), "\(t(.cause)): \(t(.before))", "\(t(.cause)): \(t(.after))"],
            rows: page.changes.map { change in
                let demand = demands[change.demand]
                return [
                    text(demand.map { afterNames.item($0.item) } ?? change.demand), text(demand?.customer ?? ""),
                    text("\(format.quantity(change.onTimeBefore)) → \(format.quantity(change.onTimeAfter))"),
                    text("\(last(change.lastDeliveryBefore, beforeWeeks)) → \(last(change.lastDeliveryAfter, afterWeeks))"),
                    text(change.causeBefore.map { PlanCauseText.describe($0, names: beforeNames, calendar: beforeWeeks, context) } ?? "—"),
                    text(change.causeAfter.map { PlanCauseText.describe($0, names: afterNames, calendar: afterWeeks, context) } ?? "—"),
                ]
            })
    }
}
