import BWUDomain
import BWUPlanning
import BWUResilience
import Foundation

/// The resilience analyzer's cheap parts for one run's input: single points of failure and the
/// allied share of each end item's value (the disruption ranking stays with `bwu resilience`).
public struct PlanResilienceModel: Sendable {
    public var run: PlanRunSummary
    public var organisationName: String
    public var model: PlanningModel
    public var singlePoints: [SinglePointOfFailure]
    public var origin: OriginSection

    public init(run: PlanRunSummary, organisationName: String, model: PlanningModel, singlePoints: [SinglePointOfFailure], origin: OriginSection) {
        self.run = run
        self.organisationName = organisationName
        self.model = model
        self.singlePoints = singlePoints
        self.origin = origin
    }
}

public enum PlanResiliencePage {
    public static func render(_ context: PageContext, _ page: PlanResilienceModel) -> String {
        let t = context.t, format = context.format
        let names = PlanNames(page.model)
        let threshold = format.percent(page.origin.threshold)
        return Layout.page(context, title: "\(t(.resilienceTitle)) — \(page.organisationName)") {
            UI.facts([
                (t(.planRun), UI.link(format.dateTime(page.run.createdAt), .planRun(page.run.id))),
                (t(.manufacturer), text(page.organisationName)),
            ])
            el("p", [cls("hint")]) { t.fill(.resilienceHint, ["threshold": threshold]) }
            el("section", [Attribute("aria-labelledby", "spof-heading")]) {
                el("h2", [id("spof-heading")]) { t(.singlePoints) }
                if page.singlePoints.isEmpty {
                    el("p") { t(.noSinglePoints) }
                } else {
                    UI.table(
                        caption: t(.singlePoints),
                        headers: [t(.component), t(.singleSource), t(.dependantItems), t(.qtyAtRisk), t(.valueShare)], numeric: [3, 4],
                        rows: page.singlePoints.map { point in
                            [text(names.item(point.item)), text(source(point, names, t)),
                             text(point.dependantEndItems.map(names.item).joined(separator: ", ")),
                             text(format.quantity(point.qtyAtRisk)), text(format.percent(point.shareOfDemandValue))]
                        })
                }
            }
            el("section", [Attribute("aria-labelledby", "allied-heading")]) {
                el("h2", [id("allied-heading")]) { t(.alliedShareTitle) }
                AlliedShareChart.render(page.origin, names: names, context)
            }
        }
    }

    /// The analyzer writes `supplier NAME`, `location CC` or `none`; the reader gets them in words.
    private static func source(_ point: SinglePointOfFailure, _ names: PlanNames, _ t: Language) -> String {
        if point.source.hasPrefix("supplier ") { return "\(t(.sourceSupplier)) \(point.source.dropFirst("supplier ".count))" }
        if point.source.hasPrefix("location ") { return "\(t(.sourceLocation)) \(point.source.dropFirst("location ".count))" }
        if point.source == "none" { return t(.sourceNone) }
        return point.source
    }
}
