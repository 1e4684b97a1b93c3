import BWUDomain
import BWUWeb
import Foundation
import Testing

/// The dashboard's value-chain figures, the menu per role, and the links of the new routes.
@Suite struct FiguresAndMenuRenderTests {
    static let figures = ValueChainFiguresModel(
        manufacturers: 5, manufacturersWithEuropeanSuppliers: 4, registeredSuppliers: 10, invitations: 2, acceptedOffers: 1,
        singlePointsClosed: 1, capabilities: 5, alliedShare: [.init(manufacturer: "Dnipro", item: "UAV-R1", before: 0.5, after: 0.75)],
        trialRequests: [.requested: 1, .scheduled: 1])

    func dashboard(_ actor: Actor, _ language: Language = .en, figures: ValueChainFiguresModel? = Self.figures) -> String {
        var model = DashboardModel(programme: nil, envelope: nil, applicationCounts: nil, grants: nil, organisationNames: [:])
        model.valueChain = figures
        return DashboardPage.render(Fixture.context(actor, language), model)
    }

    @Test(arguments: [(Language.en, "50.0%", "75.0%"), (.da, "50,0\u{A0}%", "75,0\u{A0}%"), (.uk, "50,0\u{A0}%", "75,0\u{A0}%")])
    func figuresShowAChartWithItsNumbers(_ language: Language, _ before: String, _ after: String) {
        let html = dashboard(Fixture.actor(.programmeOfficer), language)
        #expect(html.contains("id=\"value-chain-heading\""))
        #expect(html.contains("<span class=\"card-value\">4 / 5</span>"))
        #expect(html.contains("<svg viewBox=\"0 0 640 72\" role=\"img\" aria-labelledby=\"allied-title\""))
        #expect(html.contains("class=\"bar share-before\" x=\"220\" y=\"8\" width=\"170\""))
        #expect(html.contains("class=\"bar share-after\" x=\"220\" y=\"26\" width=\"255\""))
        #expect(html.contains("<td class=\"num\">\(before)</td><td class=\"num\">\(after)</td>"))
        #expect(html.count(of: "<tr><th scope=\"row\">") == 1 + 5, "one share row and one row per trial status")
    }

    @Test func noChangeYetIsSaidInWords() {
        var figures = Self.figures
        figures.alliedShare = []
        let html = dashboard(Fixture.actor(.auditor), figures: figures)
        #expect(html.contains("No accepted offer has changed an allied share yet."))
        #expect(!html.contains("allied-title"))
    }

    @Test func eachRoleSeesTheValueChainPagesItMayOpen() {
        func menu(_ actor: Actor) -> String { dashboard(actor, figures: nil) }
        let supplier = menu(VCFixture.actor(.supplier))
        #expect(supplier.contains("href=\"/suppliers\"") && supplier.contains("href=\"/invitations\"") && supplier.contains("href=\"/capabilities\""))
        #expect(!supplier.contains("href=\"/matchmaking\"") && !supplier.contains("href=\"/trial-requests\""))
        let customer = menu(VCFixture.actor(.customer))
        #expect(customer.contains("href=\"/trial-requests\"") && !customer.contains("href=\"/invitations\""))
        let manufacturer = menu(Fixture.actor(.manufacturer))
        #expect(manufacturer.contains("href=\"/matchmaking\"") && manufacturer.contains("href=\"/trial-requests\""))
        #expect(menu(Fixture.actor(.reviewer, remit: .defence)).contains("href=\"/trial-requests\""))
        #expect(!menu(Fixture.actor(.reviewer, remit: .industry)).contains("href=\"/trial-requests\""))
        #expect(!menu(Fixture.actor(.programmeOfficer)).contains("value-chain-heading"), "figures only when the handler loaded them")
    }

    @Test func valueChainLinksMatchTheirPatterns() {
        let id = UUID(), other = UUID()
        let routes: [(WebRoute, WebRoute.Endpoint)] = [
            (.suppliers, .suppliers), (.supplierProfile, .supplierProfileForm), (.matchmaking(MatchmakingFilter(organisation: id)), .matchmaking),
            (.invitations, .invitations), (.invitation(id), .invitation), (.makeOffer(invitation: id), .makeOffer),
            (.declineInvitation(id), .declineInvitation), (.decideOffer(invitation: id, offer: other), .decideOffer),
            (.capabilities(CapabilitySearch(text: "a b")), .capabilities), (.newCapability, .newCapability), (.capability(id), .capability),
            (.requestTrial(capability: id), .requestTrial), (.trialRequests, .trialRequests), (.trialRequest(id), .trialRequest),
            (.decideTrial(id), .decideTrial), (.scheduleTrial(id), .scheduleTrial), (.recordTrialOutcome(id), .recordTrialOutcome),
        ]
        for (route, endpoint) in routes {
            let path = route.path.split(separator: "?")[0].split(separator: "/").map(String.init)
            #expect(path.count == endpoint.pattern.count, "\(route.path)")
            for (segment, pattern) in zip(path, endpoint.pattern) where !pattern.hasPrefix(":") {
                #expect(segment == pattern, "\(route.path)")
            }
        }
        #expect(WebRoute.capabilities(CapabilitySearch(text: "a b", minimumReadiness: "7", combatProvenOnly: true)).path
                == "/capabilities?combatProven=true&minTrl=7&q=a%20b")
        #expect(WebRoute.matchmaking(MatchmakingFilter(clearance: .secret)).path == "/matchmaking?clearance=secret")
    }
}
