import BWUDomain
import Foundation

/// The programme at a glance: the envelope over time, applications by state, grants with
/// milestone progress. Each part is present only when the reader's role may see it.
public struct DashboardModel: Sendable {
    public var programme: ProgrammeRecord?
    /// `nil` when the reader may not read the ledger.
    public var envelope: [EnvelopePoint]?
    /// `nil` when the reader may not read applications.
    public var applicationCounts: [(ApplicationStatus, Int)]?
    /// `nil` when the reader may not read grants.
    public var grants: [GrantRecord]?
    public var organisationNames: [UUID: String]
    /// `nil` when the reader may not read demands.
    public var demandProgress: [DemandProgress]?
    /// `nil` when the reader may not read facilities.
    public var permitAlerts: [FacilityAlerts]?
    /// `nil` when the reader may not read the programme's value-chain figures.
    public var valueChain: ValueChainFiguresModel? = nil

    public init(
        programme: ProgrammeRecord?, envelope: [EnvelopePoint]?, applicationCounts: [(ApplicationStatus, Int)]?,
        grants: [GrantRecord]?, organisationNames: [UUID: String], demandProgress: [DemandProgress]? = nil,
        permitAlerts: [FacilityAlerts]? = nil
    ) {
        self.demandProgress = demandProgress
        self.permitAlerts = permitAlerts
        self.programme = programme
        self.envelope = envelope
        self.applicationCounts = applicationCounts
        self.grants = grants
        self.organisationNames = organisationNames
    }
}

public enum DashboardPage {
    public static func render(_ context: PageContext, _ model: DashboardModel) -> String {
        let t = context.t, format = context.format
        return Layout.page(context, title: t(.dashboardTitle)) {
            if let programme = model.programme {
                el("section", [Attribute("aria-labelledby", "envelope-heading")]) {
                    el("h2", [id("envelope-heading")]) { programme.name }
                    el("ul", [cls("cards")]) {
                        for (label, money) in [(Msg.envelope, programme.balances.envelope), (.available, programme.balances.available),
                                               (.committed, programme.balances.committed), (.disbursed, programme.balances.disbursed)] {
                            el("li", [cls("card")]) {
                                el("span", [cls("card-label")]) { t(label) }
                                el("span", [cls("card-value")]) { format.money(money) }
                            }
                        }
                    }
                    if let points = model.envelope {
                        EnvelopeChart.render(points, currency: programme.currency, context)
                    }
                }
            } else {
                el("p") { t(.noProgramme) }
            }
            if let counts = model.applicationCounts {
                el("section", [Attribute("aria-labelledby", "status-heading")]) {
                    el("h2", [id("status-heading")]) { t(.chartStatusTitle) }
                    StatusChart.render(counts, context)
                }
            }
            if let grants = model.grants {
                el("section", [Attribute("aria-labelledby", "progress-heading")]) {
                    el("h2", [id("progress-heading")]) { t(.chartProgressTitle) }
                    MilestoneProgress.render(grants, names: model.organisationNames, context)
                }
            }
            productionSections(model, context)
            if let figures = model.valueChain {
                ValueChainFiguresSection.render(figures, context)
            }
            if model.applicationCounts == nil && model.grants == nil && model.demandProgress == nil {
                el("p", [cls("hint")]) { t(.dashboardLimited) }
            }
        }
    }
}
