import Foundation
import BWUDomain
@testable import BWUWeb
import Testing

@Suite struct CatalogueTests {
    @Test(arguments: [Language.da, .uk])
    func everyMessageIsTranslated(_ language: Language) {
        let missing = Catalogue.allMessages.filter { Catalogue.table(for: language)[$0] == nil }
        #expect(missing.isEmpty, "missing in \(language): \(missing)")
        let extra = Catalogue.table(for: language).keys.filter { Catalogue.english[$0] == nil }
        #expect(extra.isEmpty, "not in English: \(extra)")
    }

    @Test func everyDomainValueHasWords() {
        for role in Role.allCases { #expect(Catalogue.english[.role(role)] != nil) }
        for status in ApplicationStatus.allCases { #expect(Catalogue.english[.statusName(status)] != nil) }
        for verdict in ReviewVerdict.allCases { #expect(Catalogue.english[.verdictName(verdict)] != nil) }
        for status in MilestoneStatus.allCases { #expect(Catalogue.english[.milestoneStatus(status)] != nil) }
        for kind in LedgerTransactionKind.allCases { #expect(Catalogue.english[.ledgerKind(kind)] != nil) }
        for remit in Remit.allCases { #expect(Catalogue.english[.ministryName(remit)] != nil && Catalogue.english[.remit(remit)] != nil) }
        for notice in Notice.allCases { #expect(Catalogue.english[.notice(notice)] != nil) }
        for kind in PermitKind.allCases { #expect(Catalogue.english[.permitKind(kind)] != nil) }
        for status in PermitStatus.allCases { #expect(Catalogue.english[.permitStatus(status)] != nil) }
        for status in FacilityStatus.allCases { #expect(Catalogue.english[.facilityStatus(status)] != nil) }
        for status in DeliveryRecord.Status.allCases { #expect(Catalogue.english[.deliveryStatus(status)] != nil) }
        for status in DemandRecord.Status.allCases { #expect(Catalogue.english[.demandStatus(status)] != nil) }
        for state in PlanRunState.allCases { #expect(Catalogue.english[.planState(state)] != nil) }
        for kind in [PermitRules.Alert.Kind.missing, .expired, .expiring] { #expect(Catalogue.english[.alertKind(kind)] != nil) }
        for action in Msg.knownAuditActions { #expect(Catalogue.english[.audit(action)] != nil, "\(action)") }
    }
}

@Suite struct WebRouteTests {
    /// Every link a page can build matches a registered pattern of the right endpoint.
    @Test func linksMatchTheirPatterns() {
        let id = UUID(), other = UUID()
        let routes: [(WebRoute, WebRoute.Endpoint)] = [
            (.home, .home), (.signIn, .signInForm), (.signOut, .signOut), (.dashboard, .dashboard), (.stylesheet, .stylesheet),
            (.language(.da, back: "/x"), .language), (.applications(status: .draft), .applications), (.newApplication, .newApplication),
            (.application(id), .application), (.editApplication(id), .editApplication), (.submitApplication(id), .submitApplication),
            (.reviewApplication(id), .reviewApplication), (.makeGrant(application: id), .makeGrant), (.grants, .grants),
            (.grant(id), .grant), (.submitEvidence(grant: id, milestone: other), .submitEvidence),
            (.decideEvidence(grant: id, milestone: other), .decideEvidence), (.disburse(grant: id, milestone: other), .disburse),
            (.ledger(LedgerFilter()), .ledger), (.ledgerCSV(LedgerFilter()), .ledgerCSV), (.audit(AuditFilter()), .audit),
            (.auditCSV(AuditFilter()), .auditCSV), (.facilities, .facilities), (.demands, .demands), (.planRuns, .planRuns),
            (.startPlanRun, .startPlanRun), (.planRun(id), .planRun), (.planComparison(run: id, with: other), .planComparison),
            (.planResilience(id), .planResilience),
        ]
        for (route, endpoint) in routes {
            let path = route.path.split(separator: "?")[0].split(separator: "/").map(String.init)
            #expect(path.count == endpoint.pattern.count, "\(route.path)")
            for (segment, pattern) in zip(path, endpoint.pattern) where !pattern.hasPrefix(":") {
                #expect(segment == pattern, "\(route.path)")
            }
        }
    }

    @Test func queryValuesAreEncoded() {
        #expect(WebRoute.audit(AuditFilter(action: "a&b", actor: "x@y.dk", page: 2)).path == "/audit?action=a%26b&actor=x%40y.dk&page=2")
        #expect(WebRoute.language(.uk, back: "/applications?status=draft").path == "/language/uk?back=/applications%3Fstatus%3Ddraft")
    }
}
