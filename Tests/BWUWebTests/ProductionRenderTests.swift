import BWUDomain
import BWUWeb
import Foundation
import Testing

/// Facilities, permits, demands and deliveries: structure, accessibility and each language.
@Suite struct ProductionRenderTests {
    @Test(arguments: Language.allCases)
    func facilitiesShowEachPermitsStandingAndTheWatchList(_ language: Language) {
        let facility = ProductionFixture.facility
        let alerts = PermitRules.alerts(for: facility, on: ProductionFixture.today)
        let html = FacilitiesPage.render(Fixture.context(Fixture.actor(.programmeOfficer), language, path: "/facilities"), FacilitiesModel(
            facilities: [facility], alerts: [FacilityAlerts(facility: facility, alerts: alerts)],
            organisationNames: ProductionFixture.names, today: ProductionFixture.today))
        #expect(html.contains("<html lang=\"\(language.rawValue)\">"))
        #expect(html.contains("<a href=\"/facilities\" aria-current=\"page\">"))
        #expect(html.contains("<h2 id=\"alerts-heading\">"))
        #expect(alerts.count == 3, "expiring, expired and missing")
        #expect(html.count(of: "<table>") == 2, "the watch list and the facility's permits")
        #expect(html.contains("<th scope=\"col\">"))
        #expect(html.contains("Dnipro &lt;Aero&gt;"))
        #expect(!html.contains("<Aero>"))
        let words: [Language: [String]] = [
            .en: ["Facilities and permits", "Expires within 90 days", "Not recorded", "Investment screening", "Expired", "Operational"],
            .da: ["Anlæg og tilladelser", "Udløber inden for 90 dage", "Ikke registreret", "Investeringsscreening", "I drift"],
            .uk: ["Виробничі об’єкти та дозволи", "Спливає протягом 90 днів", "Не внесено", "Перевірка інвестицій", "Працює"],
        ]
        for word in words[language]! { #expect(html.contains(word), "\(word)") }
    }

    @Test func facilitiesWithNothingDueSayTheListIsClear() {
        let html = FacilitiesPage.render(Fixture.context(Fixture.actor(.manufacturer)), FacilitiesModel(
            facilities: [], alerts: [], organisationNames: [:], today: ProductionFixture.today))
        #expect(html.contains("No required permit is missing"))
        #expect(html.contains("No facilities to show."))
    }

    @Test(arguments: Language.allCases)
    func demandsShowQuantitiesDeliveriesAndTheReleasedPayment(_ language: Language) {
        let demand = ProductionFixture.demand()
        let accepted = ProductionFixture.delivery(demand, quantity: 40, status: .accepted, accepted: 40)
        let waiting = ProductionFixture.delivery(demand, quantity: 20, status: .shipped, accepted: 0)
        let grantID = UUID()
        let html = DemandsPage.render(Fixture.context(Fixture.actor(.programmeOfficer), language, path: "/demands"), DemandsModel(
            demands: [demand], deliveries: [waiting, accepted], products: [ProductionFixture.product.id: ProductionFixture.product],
            organisationNames: ProductionFixture.names,
            payments: [accepted.id: ReleasedPayment(disbursementID: UUID(), grantID: grantID, amount: Fixture.dkk(1_000_000_000), paidAt: Fixture.now)]))
        #expect(html.contains("<html lang=\"\(language.rawValue)\">"))
        #expect(html.contains("Reconnaissance UAV (UAV-R1)"))
        #expect(html.contains("<svg viewBox="), "deliveries against demand")
        #expect(html.count(of: "<details>") == 1)
        #expect(html.contains("<td class=\"num\">60</td>"), "shipped: 40 accepted + 20 awaiting")
        #expect(html.contains("href=\"/grants/\(grantID.uuidString)\""), "the payment links to its grant")
        #expect(html.count(of: "<rect class=\"dp-") == 2, "accepted and awaiting parts of the bar")
        let words: [Language: String] = [.en: "Demands and deliveries", .da: "Behov og leverancer", .uk: "Потреби та поставки"]
        #expect(html.contains(words[language]!))
    }

    @Test func aSupplierSeesDemandsButIsToldDeliveriesAreNotItsToSee() {
        let html = DemandsPage.render(Fixture.context(Fixture.actor(.supplier)), DemandsModel(
            demands: [ProductionFixture.demand()], deliveries: nil, products: [ProductionFixture.product.id: ProductionFixture.product],
            organisationNames: ProductionFixture.names))
        #expect(html.contains("Deliveries are shown to customers"))
        #expect(html.contains("<td class=\"num\">—</td>") || html.contains("<td>—</td>"))
        #expect(!html.contains("href=\"/facilities\""), "suppliers have no facilities menu")
        #expect(html.contains("href=\"/demands\""))
    }

    @Test func dashboardAddsDeliveriesAndPermitsWhenGiven() {
        let facility = ProductionFixture.facility
        let demand = ProductionFixture.demand()
        let rows = DemandProgress.rows(demands: [demand], deliveries: [ProductionFixture.delivery(demand, quantity: 40, status: .partiallyAccepted, accepted: 30)],
                                       products: [ProductionFixture.product.id: ProductionFixture.product], names: ProductionFixture.names)
        #expect(rows.first?.refused == 10)
        let html = DashboardPage.render(Fixture.context(Fixture.actor(.programmeOfficer)), DashboardModel(
            programme: nil, envelope: nil, applicationCounts: nil, grants: nil, organisationNames: ProductionFixture.names,
            demandProgress: rows, permitAlerts: [FacilityAlerts(facility: facility, alerts: PermitRules.alerts(for: facility, on: ProductionFixture.today))]))
        #expect(html.contains("<h2 id=\"demand-heading\">Deliveries against demand</h2>"))
        #expect(html.contains("<h2 id=\"permits-heading\">Permits expiring soon</h2>"))
        #expect(html.contains("href=\"/facilities\"") && html.contains("href=\"/demands\""))
        #expect(!html.contains("are on their way"))
    }
}
