import BWUDomain
import BWUMatchmaking
import BWUWeb
import Foundation
import Testing

/// Each party sees the one step it may take on an invitation.
@Suite struct InvitationRenderTests {
    func render(_ actor: Actor, _ invitation: SupplierInvitationRecord, _ language: Language = .en, refused: String? = nil,
                typed: TypedForm = TypedForm(), impact: ProposalImpact? = nil) -> String {
        InvitationDetailPage.render(Fixture.context(actor, language, path: "/invitations/\(invitation.id)"), InvitationDetailModel(
            invitation: invitation, manufacturerName: "Dnipro", supplierName: "Brno Avionics", impact: impact, refusedForm: refused, typed: typed))
    }

    @Test(arguments: [(Language.en, "Make an offer"), (.da, "Afgiv tilbud"), (.uk, "Зробити пропозицію")])
    func theSupplierOffersOrDeclinesAnOpenInvitation(_ language: Language, _ heading: String) {
        let invitation = VCFixture.invitation(.open)
        let html = render(VCFixture.actor(.supplier), invitation, language)
        #expect(html.contains("<h2>\(heading)</h2>"))
        #expect(html.contains("action=\"/invitations/\(invitation.id.uuidString)/offers\""))
        #expect(html.contains("action=\"/invitations/\(invitation.id.uuidString)/refusal\""))
        #expect(html.contains("<input type=\"date\" value id=\"f-validUntil-offer\""))
        #expect(html.contains("Could you supply &lt;20&gt; a week?"))
        #expect(!html.contains("/decision\""))
    }

    @Test func aRefusedOfferKeepsWhatWasTypedAndNamesTheField() {
        let invitation = VCFixture.invitation(.open)
        let typed = TypedForm(values: ["unitPrice": "12.500,00", "capacityPerWeek": "30"], errors: ["unitPrice": "Enter an amount like 1500000.00 (digits, at most two decimals)."])
        let html = render(VCFixture.actor(.supplier), invitation, refused: "offer", typed: typed)
        #expect(html.contains("value=\"12.500,00\""))
        #expect(html.contains("<p class=\"error\" id=\"f-unitPrice-offer-error\">"))
        #expect(html.contains("<a href=\"#f-unitPrice-offer\">Unit price: Enter an amount"))
    }

    @Test func theManufacturerDecidesTheSubmittedOfferOnly() {
        let invitation = VCFixture.invitation(.offered, offers: [.rejected, .submitted])
        let html = render(Fixture.actor(.manufacturer), invitation)
        let submitted = invitation.offers[1].id
        #expect(html.contains("action=\"/invitations/\(invitation.id.uuidString)/offers/\(submitted.uuidString)/decision\""))
        #expect(html.contains("name=\"decision\" value=\"accept\"") && html.contains("name=\"decision\" value=\"reject\""))
        #expect(html.contains("DKK\u{A0}12,500.00"))
        #expect(!html.contains("/offers\"") && !html.contains("/refusal\""))
        #expect(!render(VCFixture.actor(.supplier), invitation).contains("/decision\""), "the supplier does not decide its own offer")
        #expect(!render(Fixture.actor(.auditor), invitation).contains("<form method=\"post\" action=\"/invitations"))
    }

    @Test func anAcceptedOfferShowsTheSourceAndTheRecordedImpact() {
        let invitation = VCFixture.invitation(.accepted, offers: [.accepted])
        let impact = VCFixture.report.items[0].proposals[0].impact
        let html = render(Fixture.actor(.manufacturer), invitation, .da, impact: impact)
        #expect(html.contains("BUY-FLIGHT-CTRL@BRNO"))
        #expect(html.contains("Hvad accepten af tilbuddet ændrede"))
        #expect(html.contains("lukker denne enkeltkilde"))
        #expect(!html.contains("/decision\""))
    }

    @Test func theListLinksEachInvitation() {
        let invitation = VCFixture.invitation(.offered, offers: [.submitted])
        let html = InvitationsPage.render(Fixture.context(VCFixture.actor(.supplier), .uk, path: "/invitations"), InvitationsModel(
            invitations: [invitation], organisationNames: [Fixture.manufacturerOrg: "Dnipro", VCFixture.supplierOrg: "Brno"]))
        #expect(html.contains("<h1>Запрошення</h1>"))
        #expect(html.contains("href=\"/invitations/\(invitation.id.uuidString)\""))
        #expect(html.contains("Пропозиція на рішенні"))
    }
}
