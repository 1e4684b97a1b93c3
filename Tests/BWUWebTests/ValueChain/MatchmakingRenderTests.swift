import BWUDomain
import BWUMatchmaking
import BWUWeb
import Foundation
import Testing

/// Proposals with their reasons and measured impact, and the invitation that follows.
@Suite struct MatchmakingRenderTests {
    let brno = UUID()

    func model(open: [String: UUID] = [:], refused: [String: TypedForm] = [:], manufacturers: [(id: UUID, name: String)] = []) -> MatchmakingModel {
        MatchmakingModel(manufacturers: manufacturers, filter: MatchmakingFilter(), report: VCFixture.report, manufacturerName: "Dnipro",
                         supplierIDs: ["Brno Avionics s.r.o.": brno], openInvitations: open, refused: refused)
    }

    @Test(arguments: [(Language.en, "87.5% → 100.0%", "closes this single point of failure",
                       ["makes NATO Stock Number 6605-22-610-0004", "7 weeks against 5 from today's fastest source"]),
                      (.da, "87,5\u{A0}% → 100,0\u{A0}%", "lukker denne enkeltkilde",
                       ["fremstiller NATO-lagernummer 6605-22-610-0004", "7 uger mod 5 fra den hurtigste kilde i dag"]),
                      (.uk, "87,5\u{A0}% → 100,0\u{A0}%", "усуває цю єдину точку відмови",
                       ["виготовляє виріб із номером NSN 6605-22-610-0004", "7 тиж. проти 5 тиж. у найшвидшого нинішнього джерела"])])
    func manufacturerSeesReasonsImpactAndAnInviteForm(_ language: Language, _ fill: String, _ closes: String, _ details: [String]) {
        let html = MatchmakingPage.render(Fixture.context(Fixture.actor(.manufacturer), language, path: "/matchmaking"), model())
        #expect(html.contains("FLIGHT-CTRL — Flight controller"))
        #expect(html.contains("Brno Avionics s.r.o. (CZ)"))
        #expect(html.contains("<td class=\"num\">+50</td>") && html.contains("<td class=\"num\">−2</td>"))
        for detail in details { #expect(html.contains(detail), "\(detail)") }
        #expect(html.contains(fill))
        #expect(html.contains("2 → 1"))
        #expect(html.contains(closes))
        #expect(html.contains("<th scope=\"row\">UAV-R1</th>"))
        #expect(html.contains("action=\"/invitations\""))
        #expect(html.contains("name=\"supplierId\" value=\"\(brno.uuidString)\""))
        #expect(html.contains("name=\"itemCode\" value=\"FLIGHT-CTRL\""))
    }

    @Test func aReasonReadBackFromJSONShowsItsEnglishWords() {
        var report = VCFixture.report
        let json = Data(#"{"kind": "country", "points": 15, "detail": "ships from CZ, in the allied set"}"#.utf8)
        report.items[0].proposals[0].reasons = [try! JSONDecoder().decode(MatchReason.self, from: json)]
        var model = model()
        model.report = report
        let html = MatchmakingPage.render(Fixture.context(Fixture.actor(.manufacturer), .da, path: "/matchmaking"), model)
        #expect(html.contains("<td>ships from CZ, in the allied set</td>"))
    }

    @Test func anOpenInvitationIsLinkedInsteadOfASecondForm() {
        let invitation = UUID()
        let key = MatchmakingModel.key(supplier: brno, item: "FLIGHT-CTRL")
        let html = MatchmakingPage.render(Fixture.context(Fixture.actor(.manufacturer)), model(open: [key: invitation]))
        #expect(!html.contains("action=\"/invitations\""))
        #expect(html.contains("href=\"/invitations/\(invitation.uuidString)\""))
    }

    @Test func aRefusedInvitationKeepsTheMessageAndShowsTheReason() {
        let key = MatchmakingModel.key(supplier: brno, item: "FLIGHT-CTRL")
        let refused = TypedForm(values: ["message": "Hello <there>"], errors: ["message": "This field must be filled in."])
        let html = MatchmakingPage.render(Fixture.context(Fixture.actor(.manufacturer)), model(refused: [key: refused]))
        #expect(html.contains(">Hello &lt;there&gt;</textarea>"))
        #expect(html.contains("id=\"f-message-need-1-1-error\">This field must be filled in.</p>"))
    }

    @Test func programmeOfficerPicksAManufacturerAndCannotInvite() {
        let dnipro = UUID()
        let html = MatchmakingPage.render(Fixture.context(Fixture.actor(.programmeOfficer)),
                                          model(manufacturers: [(dnipro, "Dnipro")]))
        #expect(html.contains("<select id=\"f-organisation\" name=\"organisation\">"))
        #expect(html.contains("<option value=\"\(dnipro.uuidString)\">Dnipro</option>"))
        #expect(!html.contains("action=\"/invitations\""))
        #expect(html.contains("FLIGHT-CTRL"))
    }
}
