import BWUDomain
import BWUPlanning
import Foundation

public struct PlanRunDetailModel: Sendable {
    public var run: PlanRunSummary
    public var organisationName: String
    /// The input snapshot the run planned.
    public var model: PlanningModel?
    /// `nil` until the run has finished.
    public var plan: PlanResult?
    /// Other finished runs of the same manufacturer, newest first, to compare with.
    public var otherRuns: [PlanRunSummary]

    public init(run: PlanRunSummary, organisationName: String, model: PlanningModel?, plan: PlanResult?, otherRuns: [PlanRunSummary]) {
        self.run = run
        self.organisationName = organisationName
        self.model = model
        self.plan = plan
        self.otherRuns = otherRuns
    }
}

/// One plan run: its service figures, each demand's deliveries against its due week, the load
/// on each resource, and every late or short quantity with its cause in plain words.
public enum PlanRunDetailPage {
    public static func render(_ context: PageContext, _ page: PlanRunDetailModel) -> String {
        let t = context.t, format = context.format
        let run = page.run
        return Layout.page(context, title: "\(t(.planRun)) — \(page.organisationName)") {
            UI.facts([
                (t(.manufacturer), text(page.organisationName)),
                (t(.status), PlanRunsPage.stateBadge(run.state, t)),
                (t(.started), text(format.dateTime(run.createdAt))),
                (t(.finished), text(run.finishedAt.map { format.dateTime($0) } ?? "—")),
                (t(.inputSnapshot), text(page.model.map { snapshot($0, context) } ?? "—")),
            ])
            switch run.state {
            case .queued, .running:
                el("p", [Attribute("role", "status")]) {
                    el("progress", [Attribute("max", "100"), Attribute("value", "\(run.progress)"), Attribute("aria-label", t(.progress))]) {
                        "\(run.progress) %"
                    }
                    " \(t(.runPending)) "
                    UI.link(t(.reload), .planRun(run.id))
                }
            case .failed:
                el("p", [cls("error-summary")]) { "\(t(.runFailed)) \(run.error ?? "")" }
            case .succeeded:
                if let model = page.model, let plan = page.plan {
                    result(model, plan, context)
                    el("p") { UI.link(t(.openResilience), .planResilience(run.id)) }
                    compareForm(page, context)
                }
            }
        }
    }

    private static func snapshot(_ model: PlanningModel, _ context: PageContext) -> String {
        let format = context.format
        return context.t.fill(.snapshotSummary, [
            "demands": format.integer(model.demands.count), "items": format.integer(model.items.count),
            "weeks": format.integer(model.horizon.buckets), "start": PlanWeeks(model.horizon).label(0, format),
        ])
    }

    private static func result(_ model: PlanningModel, _ plan: PlanResult, _ context: PageContext) -> Node {
        let t = context.t, format = context.format
        let calendar = PlanWeeks(model.horizon), names = PlanNames(model)
        let rows = DemandTimeline.rows(model: model, plan: plan)
        let loads = ResourceLoad.compute(model: model, plan: plan)
        let weeks = DemandTimeline.weeksShown(rows, loads: loads, horizon: model.horizon.buckets)
        let kpis: [(Msg, String)] = [
            (.onTimeFill, format.percent(plan.kpis.onTimeFill)), (.fill, format.percent(plan.kpis.fill)),
            (.unmetCount, "\(format.integer(plan.unmet.count)) / \(format.integer(model.demands.count))"),
            (.weightedLateness, format.quantity(plan.kpis.weightedLateness.rounded())),
            (.cost, "\(model.currency)\u{00A0}\(format.quantity(plan.kpis.cost.rounded()))"),
        ]
        return .fragment([
            el("ul", [cls("cards")]) {
                for (label, value) in kpis {
                    el("li", [cls("card")]) {
                        el("span", [cls("card-label")]) { t(label) }
                        el("span", [cls("card-value")]) { value }
                    }
                }
            },
            el("section", [Attribute("aria-labelledby", "timeline-heading")]) {
                el("h2", [id("timeline-heading")]) { t(.chartTimelineTitle) }
                DemandTimelineChart.render(rows, weeks: weeks, calendar: calendar, names: names, context)
            },
            el("section", [Attribute("aria-labelledby", "load-heading")]) {
                el("h2", [id("load-heading")]) { t(.chartLoadTitle) }
                ResourceLoadChart.render(loads, weeks: weeks, calendar: calendar, context)
            },
            el("section", [Attribute("aria-labelledby", "unmet-heading")]) {
                el("h2", [id("unmet-heading")]) { t(.unmetTitle) }
                unmet(model, plan, calendar: calendar, names: names, context)
            },
        ])
    }

    private static func unmet(_ model: PlanningModel, _ plan: PlanResult, calendar: PlanWeeks, names: PlanNames, _ context: PageContext) -> Node {
        let t = context.t, format = context.format
        guard !plan.unmet.isEmpty else { return el("p") { t(.allOnTime) } }
        let demands = Dictionary(model.demands.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return UI.table(
            caption: t(.unmetTitle), headers: [t(.product), t(.customer), t(.due), t(.quantity), t(.cause)], numeric: [3],
            rows: plan.unmet.map { entry in
                let demand = demands[entry.demand]
                return [text(demand.map { names.item($0.item) } ?? entry.demand), text(demand?.customer ?? ""),
                        text(demand.map { calendar.label($0.due, format) } ?? ""), text(format.quantity(entry.qty)),
                        text(PlanCauseText.describe(entry.cause, names: names, calendar: calendar, context))]
            })
    }

    private static func compareForm(_ page: PlanRunDetailModel, _ context: PageContext) -> Node {
        let t = context.t, format = context.format
        return el("section", [Attribute("aria-labelledby", "compare-heading")]) {
            el("h2", [id("compare-heading")]) { t(.chooseRunToCompare) }
            if page.otherRuns.isEmpty {
                el("p") { t(.noOtherRun) }
            } else {
                el("form", [Attribute("method", "get"), Attribute("action", WebRoute.planComparison(run: page.run.id, with: nil).path), cls("filters")]) {
                    UI.field(name: "with", label: t(.compareWith), control: .select(page.otherRuns.map { other in
                        (other.id.uuidString, "\(format.dateTime(other.createdAt)) · \(t(.onTimeFill)) \(other.onTimeFill.map { format.percent($0) } ?? "—")")
                    }))
                    UI.submitButton(t(.compare), secondary: true)
                }
            }
        }
    }
}
