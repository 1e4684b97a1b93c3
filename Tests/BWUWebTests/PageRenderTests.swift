import BWUDomain
import BWUWeb
import Foundation
import Testing

/// Structure of each page per role: headings, labels, escaped text, formatted money.
@Suite struct PageRenderTests {
    let programme = ProgrammeRecord(
        id: UUID(), name: "Build with Ukraine — Denmark", currency: .dkk,
        balances: EnvelopeBalances(envelope: Fixture.dkk(50_000_000_000), available: Fixture.dkk(40_000_000_000),
                                   committed: Fixture.dkk(9_000_000_000), disbursed: Fixture.dkk(1_000_000_000)))

    @Test func layoutShowsNavigationForTheRoleAndASignOutFormWithCSRF() {
        let html = DashboardPage.render(Fixture.context(Fixture.actor(.auditor)), DashboardModel(
            programme: programme, envelope: [], applicationCounts: [], grants: [], organisationNames: [:]))
        #expect(html.hasPrefix("<!doctype html><html lang=\"en\">"))
        #expect(html.contains("<a href=\"/ledger\">Ledger</a>"))
        #expect(html.contains("<a href=\"/audit\">Audit log</a>"))
        #expect(html.contains("<form method=\"post\" action=\"/sign-out\" class=\"inline\"><input type=\"hidden\" name=\"csrf\" value=\"tok-123\">"))
        #expect(html.contains("<a href=\"/dashboard\" aria-current=\"page\">Dashboard</a>"))
        #expect(html.contains("hreflang=\"uk\""))
    }

    @Test func manufacturerSeesNoLedgerOrAuditInTheMenu() {
        let html = DashboardPage.render(Fixture.context(Fixture.actor(.manufacturer)), DashboardModel(
            programme: programme, envelope: nil, applicationCounts: [(.draft, 1)], grants: [], organisationNames: [:]))
        #expect(!html.contains("href=\"/ledger\""))
        #expect(!html.contains("href=\"/audit\""))
        #expect(html.contains("href=\"/grants\""))
        #expect(!html.contains("envelope-title"))
    }

    @Test(arguments: [(Language.en, "DKK\u{A0}500,000,000.00"), (.da, "DKK\u{A0}500.000.000,00"), (.uk, "500\u{A0}000\u{A0}000,00\u{A0}DKK")])
    func dashboardFormatsMoneyPerLocale(_ language: Language, _ expected: String) {
        let points = EnvelopeSeries.build([
            Fixture.transaction(.pledge, [("available", 50_000_000_000), ("source:\(UUID().uuidString)", -50_000_000_000)], at: 0),
            Fixture.transaction(.commitment, [("committed:\(UUID().uuidString)", 9_000_000_000), ("available", -9_000_000_000)], at: 3600),
        ])
        let html = DashboardPage.render(Fixture.context(Fixture.actor(.programmeOfficer), language), DashboardModel(
            programme: programme, envelope: points, applicationCounts: [(.submitted, 2), (.approved, 1)],
            grants: [Fixture.grant([.disbursed, .verified, .open])], organisationNames: [:]))
        #expect(html.contains("<html lang=\"\(language.rawValue)\">"))
        #expect(html.contains(expected))
        #expect(html.contains("<svg viewBox="))
        #expect(html.count(of: "<details>") == 3, "each chart has its numbers one click away")
        #expect(html.count(of: "<polyline") == 3)
    }

    @Test func envelopeSeriesEndsAtTheBalances() {
        let grant = UUID()
        let points = EnvelopeSeries.build([
            Fixture.transaction(.disbursement, [("disbursed:\(grant)", 100), ("committed:\(grant)", -100)], at: 7200),
            Fixture.transaction(.pledge, [("available", 1000), ("source:\(UUID())", -1000)], at: 0),
            Fixture.transaction(.commitment, [("committed:\(grant)", 300), ("available", -300)], at: 3600),
        ])
        #expect(points.map(\.kind) == [.pledge, .commitment, .disbursement])
        #expect((points.last!.available, points.last!.committed, points.last!.disbursed) == (700, 200, 100))
    }

    @Test func applicationDetailEscapesUserTextAndShowsTheOthersVerdictsToAReviewer() {
        let application = Fixture.application(.submitted, reviews: [Fixture.review(.defence, .approve), Fixture.review(.industry, .approve)])
        let reviewer = Fixture.actor(.reviewer, remit: .foreignAffairs)
        let html = ApplicationDetailPage.render(Fixture.context(reviewer), ApplicationDetailModel(
            application: application, organisationName: "Dnipro <Aero>", history: HistoryEntry.derived(from: application, .en)))
        #expect(html.contains("<h1>UAV &lt;airframe&gt; &amp; \"wings\"</h1>"))
        #expect(html.contains("Dnipro &lt;Aero&gt;"))
        #expect(!html.contains("<airframe>"))
        #expect(html.contains("Reason of defence") && html.contains("Reason of industry"))
        #expect(html.contains("Ministry of Foreign Affairs (yours)"))
        #expect(html.contains("action=\"/applications/\(application.id.uuidString)/reviews\""))
        #expect(html.contains("<label for=\"f-reason\">Reason</label>"))
        #expect(html.count(of: "type=\"radio\" name=\"verdict\"") == 3)
    }

    @Test func reviewerWhoHasVotedGetsNoForm() {
        let application = Fixture.application(.submitted, reviews: [Fixture.review(.defence, .approve)])
        let html = ApplicationDetailPage.render(Fixture.context(Fixture.actor(.reviewer, remit: .defence)), ApplicationDetailModel(
            application: application, organisationName: "", history: []))
        #expect(!html.contains("/reviews\""))
    }

    @Test func manufacturerSeesEditAndSubmitOnlyWhileEditable() {
        let manufacturer = Fixture.context(Fixture.actor(.manufacturer))
        let draft = ApplicationDetailPage.render(manufacturer, ApplicationDetailModel(application: Fixture.application(.draft), organisationName: "", history: []))
        #expect(draft.contains("/edit\"") && draft.contains("/submit\""))
        let submitted = ApplicationDetailPage.render(manufacturer, ApplicationDetailModel(application: Fixture.application(.submitted), organisationName: "", history: []))
        #expect(!submitted.contains("/edit\"") && !submitted.contains("/submit\""))
    }

    @Test func officerIsOfferedTheGrantOnApprovedApplications() {
        let html = ApplicationDetailPage.render(Fixture.context(Fixture.actor(.programmeOfficer), .da), ApplicationDetailModel(
            application: Fixture.application(.approved), organisationName: "", history: [], available: Fixture.dkk(40_000_000_000)))
        #expect(html.contains("/grant\""))
        #expect(html.contains("Giv tilsagn"))
        #expect(html.contains("DKK\u{A0}400.000.000,00"))
    }

    @Test func applicationsListLabelsItsFilter() {
        let html = ApplicationsPage.render(Fixture.context(Fixture.actor(.programmeOfficer), path: "/applications"), ApplicationsModel(
            applications: [Fixture.application(.submitted)], total: 1, status: .submitted, organisationNames: [Fixture.manufacturerOrg: "Dnipro"]))
        #expect(html.contains("<label for=\"f-status\">Status</label>"))
        #expect(html.contains("<option value=\"submitted\" selected>Submitted</option>"))
        #expect(html.contains("<th scope=\"col\">Applicant</th>"))
        #expect(html.contains("<a href=\"/applications\" aria-current=\"page\">"))
    }
}
