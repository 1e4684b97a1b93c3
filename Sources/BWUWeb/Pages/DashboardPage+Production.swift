import BWUDomain

extension DashboardPage {
    /// Deliveries against demand and the permits that need attention, for the roles that may read them.
    static func productionSections(_ model: DashboardModel, _ context: PageContext) -> Node {
        let t = context.t
        var sections: [Node] = []
        if let rows = model.demandProgress {
            sections.append(el("section", [Attribute("aria-labelledby", "demand-heading")]) {
                el("h2", [id("demand-heading")]) { t(.chartDeliveriesTitle) }
                DemandProgressChart.render(rows, context)
                el("p") { UI.link(t(.openDemands), .demands) }
            })
        }
        if let alerts = model.permitAlerts {
            sections.append(el("section", [Attribute("aria-labelledby", "permits-heading")]) {
                el("h2", [id("permits-heading")]) { t(.permitsExpiringTitle) }
                PermitAlertsTable.render(alerts, names: model.organisationNames, context)
                el("p") { UI.link(t(.openFacilities), .facilities) }
            })
        }
        return .fragment(sections)
    }
}
