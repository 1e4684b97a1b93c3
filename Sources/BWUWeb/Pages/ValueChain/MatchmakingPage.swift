import BWUDomain
import BWUMatchmaking
import Foundation

public struct MatchmakingModel: Sendable {
    /// Manufacturers a programme role may pick from; empty for a manufacturer, who sees its own.
    public var manufacturers: [(id: UUID, name: String)]
    public var filter: MatchmakingFilter
    /// `nil` until a programme role has picked a manufacturer.
    public var report: MatchmakingReport?
    public var manufacturerName: String?
    /// Registered suppliers by name, as proposals name them, to address an invitation.
    public var supplierIDs: [String: UUID]
    /// Invitations still waiting, by ``MatchmakingModel/key(supplier:item:)``, so a second one is not offered.
    public var openInvitations: [String: UUID]
    /// A refused invitation form, by ``MatchmakingModel/key(supplier:item:)``.
    public var refused: [String: TypedForm]

    public init(manufacturers: [(id: UUID, name: String)], filter: MatchmakingFilter, report: MatchmakingReport?, manufacturerName: String?,
                supplierIDs: [String: UUID], openInvitations: [String: UUID] = [:], refused: [String: TypedForm] = [:]) {
        self.manufacturers = manufacturers
        self.filter = filter
        self.report = report
        self.manufacturerName = manufacturerName
        self.supplierIDs = supplierIDs
        self.openInvitations = openInvitations
        self.refused = refused
    }

    public static func key(supplier: UUID, item: String) -> String { supplier.uuidString + "|" + item }
}

/// Which of a manufacturer's items need another source and why, and the registered suppliers
/// that fit each, ranked, with what adding each would change in the manufacturer's plan.
public enum MatchmakingPage {
    public static func render(_ context: PageContext, _ model: MatchmakingModel) -> String {
        let t = context.t, format = context.format
        let title = model.manufacturerName.map { "\(t(.matchmakingTitle)): \($0)" } ?? t(.matchmakingTitle)
        return Layout.page(context, title: title) {
            el("p", [cls("hint")]) { t(.matchmakingIntro) }
            filterForm(context, model)
            if let report = model.report {
                UI.facts([
                    (t(.onTimeFill), text(format.percent(report.onTimeFill))),
                    (t(.singlePoints), text(report.singlePoints.isEmpty ? "—" : report.singlePoints.joined(separator: ", "))),
                ])
                if report.items.isEmpty {
                    el("p") { t(.noNeeds) }
                }
                for (index, item) in report.items.enumerated() {
                    ProposalSection.render(context, model, item, index: index)
                }
            }
        }
    }

    /// Programme roles pick the manufacturer; everyone may set the clearance a new source must hold.
    private static func filterForm(_ context: PageContext, _ model: MatchmakingModel) -> Node {
        let t = context.t
        return el("form", [Attribute("method", "get"), Attribute("action", WebRoute.matchmaking(MatchmakingFilter()).path), cls("filters panel")]) {
            if !model.manufacturers.isEmpty {
                UI.field(name: "organisation", label: t(.manufacturer), value: model.filter.organisation?.uuidString ?? "",
                         control: .select([("", t(.chooseManufacturer))] + model.manufacturers.map { ($0.id.uuidString, $0.name) }))
            }
            UI.field(name: "clearance", label: t(.requiredClearance), value: model.filter.clearance.rawValue,
                     control: .select(ClearanceLevel.allCases.map { ($0.rawValue, t(.clearanceName($0))) }))
            el("div", [cls("actions")]) { UI.submitButton(t(.show), secondary: true) }
        }
    }
}
