import BWUDomain
import Foundation

public struct PlanRunsModel: Sendable {
    /// Newest first.
    public var runs: [PlanRunSummary]
    public var organisationNames: [UUID: String]
    /// The manufacturers a programme officer may plan for; empty for a manufacturer (it plans its own).
    public var manufacturers: [(id: UUID, name: String)]
    public var errors: [String: String]

    public init(runs: [PlanRunSummary], organisationNames: [UUID: String], manufacturers: [(id: UUID, name: String)] = [],
                errors: [String: String] = [:]) {
        self.runs = runs
        self.organisationNames = organisationNames
        self.manufacturers = manufacturers
        self.errors = errors
    }

    /// The finished run of the same manufacturer just before `run`, to compare with. The list
    /// order decides, not the timestamps: two runs started within the same instant still have an order.
    func previous(_ run: PlanRunSummary) -> PlanRunSummary? {
        guard let index = runs.firstIndex(where: { $0.id == run.id }) else { return nil }
        return runs[(index + 1)...].first { $0.organisationID == run.organisationID && $0.isFinished }
    }
}

/// Plan runs newest first, each with its service figures, and the form that starts a new one.
public enum PlanRunsPage {
    public static func render(_ context: PageContext, _ model: PlanRunsModel) -> String {
        let t = context.t, format = context.format
        return Layout.page(context, title: t(.planRunsTitle)) {
            if context.has(.manufacturer) || context.has(.programmeOfficer) {
                startForm(context, model)
            }
            if model.runs.isEmpty {
                el("p") { t(.noPlanRuns) }
            } else {
                UI.table(
                    caption: t(.planRunsTitle),
                    headers: [t(.started), t(.manufacturer), t(.status), t(.demands), t(.onTimeFill), t(.fill), t(.unmetCount), t(.compare)],
                    numeric: [3, 4, 5, 6],
                    rows: model.runs.map { run in
                        [UI.link(format.dateTime(run.createdAt), .planRun(run.id)), text(model.organisationNames[run.organisationID] ?? ""),
                         stateBadge(run.state, t), text(format.integer(run.demands)),
                         text(run.onTimeFill.map { format.percent($0) } ?? "—"), text(run.fill.map { format.percent($0) } ?? "—"),
                         text(run.isFinished ? format.integer(run.unmet) : "—"),
                         compareLink(run, model, t)]
                    })
            }
        }
    }

    private static func compareLink(_ run: PlanRunSummary, _ model: PlanRunsModel, _ t: Language) -> Node {
        guard run.isFinished, let previous = model.previous(run) else { return .empty }
        return UI.link(t(.compareWithPrevious), .planComparison(run: run.id, with: previous.id))
    }

    private static func startForm(_ context: PageContext, _ model: PlanRunsModel) -> Node {
        let t = context.t
        return context.postForm(.startPlanRun, [cls("panel narrow")]) {
            el("h2") { t(.startPlanRun) }
            el("p", [cls("hint")]) { t(.startPlanHint) }
            if !context.has(.manufacturer) {
                UI.field(name: "organisationId", label: t(.manufacturer), value: "", error: model.errors["organisationId"],
                         control: .select(model.manufacturers.map { ($0.id.uuidString, $0.name) }), required: true)
            } else if let error = model.errors["organisationId"] ?? model.errors["form"] {
                el("p", [cls("error")]) { error }
            }
            UI.submitButton(t(.startPlanRun))
        }
    }

    static func stateBadge(_ state: PlanRunState, _ t: Language) -> Node {
        let tone = switch state {
        case .succeeded: "good"
        case .failed: "bad"
        case .running: "info"
        case .queued: "neutral"
        }
        return UI.badge(t(Msg.planState(state)), tone: tone)
    }
}
