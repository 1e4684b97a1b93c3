import BWUDomain
import BWUWeb
import Foundation
import Testing

/// The catalogue, a capability, and the trial requests with both parties' decisions.
@Suite struct CapabilityRenderTests {
    @Test(arguments: [(Language.en, "Capability catalogue"), (.da, "Kapabilitetskatalog"), (.uk, "Каталог спроможностей")])
    func catalogueHasALabelledSearchAndResults(_ language: Language, _ title: String) {
        let search = CapabilitySearch(text: "uav", category: "ML10", minimumReadiness: "7", combatProvenOnly: true)
        let html = CapabilitiesPage.render(Fixture.context(VCFixture.actor(.customer), language, path: "/capabilities"), CapabilitiesModel(
            search: search, capabilities: [VCFixture.capability], organisationNames: [Fixture.manufacturerOrg: "Dnipro"]))
        #expect(html.contains("<h1>\(title)</h1>"))
        #expect(html.contains("<form method=\"get\" action=\"/capabilities\" role=\"search\""))
        #expect(html.contains("<input type=\"text\" value=\"uav\" id=\"f-q\" name=\"q\">"))
        #expect(html.contains("<option value=\"ML10\" selected>ML10</option>"))
        #expect(html.contains("<option value=\"7\" selected>TRL 7</option>"))
        #expect(html.contains("name=\"combatProven\" value=\"true\" checked"))
        #expect(html.contains("href=\"/capabilities/\(VCFixture.capability.id.uuidString)\""))
        #expect(!html.contains("href=\"/capabilities/new\""), "only manufacturers publish")
    }

    @Test func aBadReadinessLevelIsShownBesideItsField() {
        let html = CapabilitiesPage.render(Fixture.context(Fixture.actor(.manufacturer)), CapabilitiesModel(
            search: CapabilitySearch(minimumReadiness: "12"), errors: ["minTrl": "Choose a technology readiness level from 1 to 9."],
            capabilities: [], organisationNames: [:]))
        #expect(html.contains("<p class=\"error\" id=\"f-minTrl-error\">Choose a technology readiness level from 1 to 9.</p>"))
        #expect(html.contains("href=\"/capabilities/new\""))
    }

    @Test func theArmedForcesMayRequestATrialOthersMayNot() {
        let model = CapabilityDetailModel(capability: VCFixture.capability, manufacturerName: "Dnipro")
        let customer = CapabilityDetailPage.render(Fixture.context(VCFixture.actor(.customer), .da), model)
        #expect(customer.contains("action=\"/capabilities/\(VCFixture.capability.id.uuidString)/trial-requests\""))
        #expect(customer.contains("<option value=\"technology-access\">Teknologiadgang</option>"))
        #expect(customer.contains("Fixed wing &amp; &lt;quiet&gt;"))
        let manufacturer = CapabilityDetailPage.render(Fixture.context(Fixture.actor(.manufacturer)), model)
        #expect(!manufacturer.contains("\(VCFixture.capability.id.uuidString)/trial-requests"))
    }

    @Test func publishFormKeepsWhatWasTyped() {
        let form = TypedForm(values: ["productLine": "Radar <X>", "category": "ML11", "readinessLevel": "6", "combatProven": "true"],
                             errors: ["productLine": "must be 1 to 200 characters"])
        let html = CapabilityFormPage.render(Fixture.context(Fixture.actor(.manufacturer), .uk), form)
        #expect(html.contains("value=\"Radar &lt;X&gt;\""))
        #expect(html.contains("<option value=\"ML11\" selected>"))
        #expect(html.contains("id=\"f-productLine-error\""))
        #expect(html.contains("action=\"/capabilities\""))
    }

    @Test func theManufacturerAndTheMinistryEachDecideOnce() {
        let requested = VCFixture.trial(.requested)
        let manufacturer = TrialRequestDetailPage.render(Fixture.context(Fixture.actor(.manufacturer)), VCFixture.trialModel(requested))
        #expect(manufacturer.contains("/decision\""))
        #expect(manufacturer.contains("Awaiting decision"))
        let decided = VCFixture.trial(.requested, manufacturer: true)
        #expect(!TrialRequestDetailPage.render(Fixture.context(Fixture.actor(.manufacturer)), VCFixture.trialModel(decided)).contains("/decision\""))
        let defence = TrialRequestDetailPage.render(Fixture.context(Fixture.actor(.reviewer, remit: .defence), .uk), VCFixture.trialModel(decided))
        #expect(defence.contains("/decision\""))
        #expect(defence.contains("Погоджено"))
        let industry = TrialRequestDetailPage.render(Fixture.context(Fixture.actor(.reviewer, remit: .industry)), VCFixture.trialModel(decided))
        #expect(!industry.contains("/decision\""))
        #expect(!TrialRequestDetailPage.render(Fixture.context(VCFixture.actor(.customer)), VCFixture.trialModel(requested)).contains("<form method=\"post\" action=\"/trial"))
    }

    @Test func scheduleAndFindingsGoToTheRightParties() {
        let approved = VCFixture.trial(.approved, manufacturer: true, ministry: true)
        #expect(TrialRequestDetailPage.render(Fixture.context(Fixture.actor(.manufacturer)), VCFixture.trialModel(approved)).contains("/schedule\""))
        let scheduled = VCFixture.trial(.scheduled, manufacturer: true, ministry: true)
        let customer = TrialRequestDetailPage.render(Fixture.context(VCFixture.actor(.customer), .da), VCFixture.trialModel(scheduled))
        #expect(customer.contains("/outcome\"") && !customer.contains("/schedule\""))
        #expect(customer.contains("Planlagt til"))
        let declined = TrialRequestDetailPage.render(Fixture.context(VCFixture.actor(.customer)), VCFixture.trialModel(VCFixture.trial(.declined, manufacturer: false)))
        #expect(declined.contains("Reason for declining") && declined.contains("Not now"))
        #expect(!declined.contains("<form method=\"post\" action=\"/trial"))
    }

    @Test func theListShowsKindStatusAndParties() {
        let request = VCFixture.trial(.scheduled, manufacturer: true, ministry: true)
        let html = TrialRequestsPage.render(Fixture.context(VCFixture.actor(.customer), path: "/trial-requests"), TrialRequestsModel(
            requests: [request], capabilityNames: [VCFixture.capability.id: "Reconnaissance UAV R1"],
            organisationNames: [Fixture.manufacturerOrg: "Dnipro", VCFixture.customerOrg: "Danish Armed Forces"]))
        #expect(html.contains("href=\"/trial-requests/\(request.id.uuidString)\">Reconnaissance UAV R1</a>"))
        #expect(html.contains("Scheduled") && html.contains("Danish Armed Forces"))
        #expect(html.contains("<a href=\"/trial-requests\" aria-current=\"page\">Trials</a>"))
    }
}
