import BWUDomain
import BWUWeb
import Foundation
import Testing

/// The supplier register and the supplier's own profile form.
@Suite struct SupplierRenderTests {
    static let titles: [(Language, String)] = [(.en, "Supplier register"), (.da, "Leverandørregister"), (.uk, "Реєстр постачальників")]

    @Test(arguments: titles)
    func registerListsEverySupplierWithItsCodes(_ language: Language, _ title: String) {
        let entry = SupplierEntry(organisationID: VCFixture.supplierOrg, name: "Brno <Avionics>", profile: VCFixture.profile)
        let html = SuppliersPage.render(Fixture.context(Fixture.actor(.manufacturer), language, path: "/suppliers"),
                                        SuppliersModel(suppliers: [entry], today: VCFixture.today))
        #expect(html.contains("<html lang=\"\(language.rawValue)\">"))
        #expect(html.contains("<h1>\(title)</h1>"))
        #expect(html.contains("Brno &lt;Avionics&gt;"))
        #expect(html.contains("<li>CPV 38112100-4</li>") && html.contains("<li>NSN 6605-22-610-0004</li>"))
        #expect(html.contains("AQAP 2110") && !html.contains("ISO 9001"), "an expired certification is not shown as valid")
        #expect(!html.contains("href=\"/suppliers/profile\""), "only a supplier edits a profile")
        #expect(html.contains("<a href=\"/suppliers\" aria-current=\"page\">"))
    }

    @Test func aSupplierIsOfferedItsOwnProfileAndSeesItMarked() {
        let entry = SupplierEntry(organisationID: VCFixture.supplierOrg, name: "Brno Avionics", profile: VCFixture.profile)
        let html = SuppliersPage.render(Fixture.context(VCFixture.actor(.supplier)), SuppliersModel(suppliers: [entry], today: VCFixture.today))
        #expect(html.contains("href=\"/suppliers/profile\""))
        #expect(html.contains("Brno Avionics (yours)"))
    }

    @Test(arguments: [Language.en, .da, .uk])
    func aRefusedNSNIsShownBesideItsFieldWithWhatWasTyped(_ language: Language) {
        var values = SupplierProfileValues(VCFixture.profile)
        values.nsns = "6605-22-610-0004\n0605-22-610-0004"
        let reason = "'0605-22-610-0004' has supply class 0605: NATO supply groups run from 10 to 99"
        let html = SupplierProfilePage.render(Fixture.context(VCFixture.actor(.supplier), language, path: "/suppliers/profile"),
                                              SupplierProfileModel(organisationName: "Brno", values: values, errors: ["nsns": reason]))
        #expect(html.contains("action=\"/suppliers/profile\""))
        #expect(html.contains("name=\"csrf\" value=\"tok-123\""))
        #expect(html.contains("<p class=\"error\" id=\"f-nsns-error\">\(reason)</p>"))
        #expect(html.contains("aria-describedby=\"f-nsns-hint f-nsns-error\""))
        #expect(html.contains(">6605-22-610-0004\n0605-22-610-0004</textarea>"))
        #expect(html.contains("<a href=\"#f-nsns\">"))
        #expect(html.contains("<option value=\"confidential\" selected>"))
    }

    @Test func typedListsSplitOnCommasAndLinesAndCertificationsAreRead() {
        var fields = SupplierProfileValues(VCFixture.profile).typed
        fields["categories"] = "motors, batteries\ncables"
        fields["certifications"] = "AQAP 2110; 2027-12-31; DK-123\nISO 9001; 31.12.2027"
        let (refused, errors) = SupplierProfileValues(fields: fields).profile(.en)
        #expect(refused == nil)
        #expect(errors["certifications"]?.contains("ISO 9001; 31.12.2027") == true)
        fields["certifications"] = "AQAP 2110; 2027-12-31; DK-123"
        let (profile, none) = SupplierProfileValues(fields: fields).profile(.en)
        #expect(none.isEmpty)
        #expect(profile?.categories == ["motors", "batteries", "cables"])
        #expect(profile?.certifications.first?.reference == "DK-123")
        #expect(profile?.capacityPerWeek == 30)
    }
}
