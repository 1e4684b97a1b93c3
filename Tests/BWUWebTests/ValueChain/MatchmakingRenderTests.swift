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

    @Test(arguments: [(Language.en, "87.5% → 100.0%", "closes this single point of failure"),
                      (.da, "87,5\u{A0}% → 100,0\u{A0}%", "lukker denne enkeltkilde"),
                      (.uk, "87,5\u{A0}% → 100,0\u{A0}%", "усуває цю єдину точку відмови")])
    func manufacturerSeesReasonsImpactAndAnInviteForm(_ language: Language, _ fill: String, _ closes: String) {
        let html = MatchmakingPage.render(Fixture.context(Fixture.actor(.manufacturer), language, path: "/matchmaking"), model())
        #expect(html.contains("FLIGHT-CTRL — Flight controller"))
        #expect(html.contains("Brno Avionics s.r.o. (CZ)"))
        #expect(html.contains("<td class=\"num\">+50</td>") && html.contains("<td class=\"num\">−2</td>"))
        #expect(html.contains(fill))
        #expect(html.contains("2 → 1"))
        #expect(html.contains(closes))
        #expect(html.contains("<th scope=\"row\">UAV-R1</th>"))
        #expect(html.contains("action=\"/invitations\""))
        #expect(html.contains("name=\"supplierId\" value=\"\(brno.uuidString)\""))
        #expect(html.contains("name=\"itemCode\" value=\"FLIGHT-CTRL\""))
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
