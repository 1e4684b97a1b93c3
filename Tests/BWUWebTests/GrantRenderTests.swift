import BWUDomain
import BWUWeb
import Foundation
import Testing

/// The separation of duties is visible: who verified, and why no button is offered.
@Suite struct GrantRenderTests {
    let verifier = UUID()

    func render(_ actor: Actor, _ grant: GrantRecord, evidence: [UUID: [EvidenceRecord]] = [:]) -> String {
        GrantDetailPage.render(Fixture.context(actor, path: "/grants/\(grant.id)"), GrantDetailModel(
            grant: grant, organisationName: "Dnipro", evidence: evidence, disbursements: [],
            people: [verifier: "programme.officer@bwu.demo"], paymentKeys: [:]))
    }

    @Test func financeOfficerIsOfferedThePaymentWithAnIdempotencyKey() {
        let grant = Fixture.grant([.verified], verifiedBy: verifier)
        let html = render(Fixture.actor(.financeOfficer), grant)
        #expect(html.contains("/disbursement\""))
        #expect(html.contains("name=\"idempotencyKey\""))
        #expect(html.contains("Verified by programme.officer@bwu.demo."))
        #expect(html.contains("Separation of duties"))
    }

    @Test func theVerifierIsNotOfferedThePaymentAndIsToldWhy() {
        let grant = Fixture.grant([.verified], verifiedBy: verifier)
        var actor = Fixture.actor(.financeOfficer, id: verifier)
        actor = Actor(userID: verifier, email: actor.email, organisationID: actor.organisationID, organisationKind: actor.organisationKind,
                      roles: [.financeOfficer, .programmeOfficer], remit: nil)
        let html = render(actor, grant)
        #expect(!html.contains("/disbursement\""))
        #expect(html.contains("You verified this milestone, so you cannot disburse it"))
    }

    @Test func manufacturerGetsAMultipartEvidenceFormOnOpenMilestonesOnly() {
        let grant = Fixture.grant([.disbursed, .open])
        let html = render(Fixture.actor(.manufacturer), grant)
        #expect(html.count(of: "enctype=\"multipart/form-data\"") == 1)
        #expect(html.contains("<label for=\"f-file-m2\">File (optional)</label>"))
        #expect(html.contains("<input type=\"file\" id=\"f-file-m2\" name=\"file\">"))
    }

    @Test func officerDecidesPendingEvidenceButNotTheirOwn() {
        let grant = Fixture.grant([.evidenceSubmitted])
        let milestone = grant.milestones[0]
        let officer = Fixture.actor(.programmeOfficer)
        let pending = EvidenceRecord(id: UUID(), milestoneID: milestone.id, description: "Protocol <signed>", reference: "DOC-1",
                                     fileName: nil, fileSHA256: nil, fileSize: nil, status: .pending, submittedBy: UUID(),
                                     submittedAt: Fixture.now, decidedBy: nil, decisionReason: nil)
        let html = render(officer, grant, evidence: [milestone.id: [pending]])
        #expect(html.contains("Protocol &lt;signed&gt;"))
        #expect(html.contains("name=\"decision\" value=\"verify\""))
        var own = pending
        own.submittedBy = officer.userID
        #expect(!render(officer, grant, evidence: [milestone.id: [own]]).contains("/decision\""))
    }

    @Test func grantsListShowsProgressPerGrant() {
        let html = GrantsPage.render(Fixture.context(Fixture.actor(.auditor), .uk), GrantsModel(
            grants: [Fixture.grant([.disbursed, .verified, .open])], organisationNames: [Fixture.manufacturerOrg: "Dnipro"]))
        #expect(html.contains("<progress max=\"3\" value=\"1\""))
        #expect(html.contains("3\u{A0}000\u{A0}000,00\u{A0}DKK"))
    }
}
