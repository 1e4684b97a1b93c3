import BWUDomain

/// The main menu for an actor: only what their roles may open, in the order of the flow of money.
enum Navigation {
    struct Item {
        let label: Msg
        let route: WebRoute
        /// The first path segment the item covers, to mark the current page.
        let section: String
    }

    static func items(for actor: Actor) -> [Item] {
        var items = [Item(label: .navDashboard, route: .dashboard, section: "dashboard")]
        if actor.hasAny(.manufacturer, .reviewer, .programmeOfficer, .financeOfficer, .auditor, .admin) {
            items.append(Item(label: .navApplications, route: .applications(status: nil), section: "applications"))
        }
        if actor.hasAny(.manufacturer, .programmeOfficer, .financeOfficer, .auditor, .admin) {
            items.append(Item(label: .navGrants, route: .grants, section: "grants"))
        }
        if actor.hasAny(.programmeOfficer, .financeOfficer, .auditor, .admin) {
            items.append(Item(label: .navLedger, route: .ledger(LedgerFilter()), section: "ledger"))
        }
        if actor.hasAny(.auditor, .admin, .programmeOfficer) {
            items.append(Item(label: .navAudit, route: .audit(AuditFilter()), section: "audit"))
        }
        // Production follows the money: the same readers as the production services allow.
        if actor.hasAny(.manufacturer, .programmeOfficer, .financeOfficer, .auditor, .admin) {
            items.append(Item(label: .navFacilities, route: .facilities, section: "facilities"))
        }
        if actor.hasAny(.customer, .supplier, .manufacturer, .programmeOfficer, .financeOfficer, .auditor, .admin) {
            items.append(Item(label: .navDemands, route: .demands, section: "demands"))
        }
        if actor.hasAny(.manufacturer, .programmeOfficer, .financeOfficer, .auditor, .admin) {
            items.append(Item(label: .navPlans, route: .planRuns, section: "plan-runs"))
        }
        // Value chains
        items.append(Item(label: .navSuppliers, route: .suppliers, section: "suppliers"))
        if actor.hasAny(.manufacturer, .programmeOfficer, .financeOfficer, .auditor, .admin) {
            items.append(Item(label: .navMatchmaking, route: .matchmaking(MatchmakingFilter()), section: "matchmaking"))
        }
        if actor.hasAny(.manufacturer, .supplier, .programmeOfficer, .financeOfficer, .auditor, .admin) {
            items.append(Item(label: .navInvitations, route: .invitations, section: "invitations"))
        }
        items.append(Item(label: .navCapabilities, route: .capabilities(CapabilitySearch()), section: "capabilities"))
        if actor.hasAny(.customer, .manufacturer, .programmeOfficer, .financeOfficer, .auditor, .admin)
            || (actor.has(.reviewer) && actor.remit == .defence) {
            items.append(Item(label: .navTrialRequests, route: .trialRequests, section: "trial-requests"))
        }
        return items
    }

    /// The roles as the user reads them, e.g. "Reviewer (Defence)".
    static func roleSummary(_ actor: Actor, _ t: Language) -> String {
        let roles = actor.roles.sorted { $0.rawValue < $1.rawValue }.map { t(Msg.role($0)) }
        var summary = roles.joined(separator: ", ")
        if let remit = actor.remit { summary += " (\(t(Msg.remit(remit))))" }
        return summary
    }
}
