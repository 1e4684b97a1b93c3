import BWUWeb
import Vapor

/// Registers every page route of ``WebRoute`` with its handler, behind the session middleware.
func registerWebRoutes(_ app: Application) throws {
    let pages = app.grouped(WebSessionMiddleware())
    for endpoint in WebRoute.Endpoint.allCases {
        let path = endpoint.pattern.map { PathComponent(stringLiteral: $0) }
        // Evidence files arrive in the body; every other form is small.
        let body: HTTPBodyStreamStrategy = endpoint == .submitEvidence ? .collect : .collect(maxSize: "64kb")
        pages.on(endpoint.isPost ? .POST : .GET, path, body: body, use: handler(for: endpoint))
    }
}

private func handler(for endpoint: WebRoute.Endpoint) -> @Sendable (Request) async throws -> Response {
    switch endpoint {
    case .home: SessionPages.home
    case .signInForm: SessionPages.signInForm
    case .signIn: SessionPages.signIn
    case .signOut: SessionPages.signOut
    case .language: SessionPages.language
    case .stylesheet: SessionPages.stylesheet
    case .dashboard: DashboardPages.dashboard
    case .applications: ApplicationPages.list
    case .newApplication: ApplicationPages.newForm
    case .createApplication: ApplicationPages.create
    case .application: ApplicationPages.detail
    case .editApplication: ApplicationPages.editForm
    case .updateApplication: ApplicationPages.update
    case .submitApplication: ApplicationPages.submit
    case .reviewApplication: ReviewPages.review
    case .makeGrant: ReviewPages.makeGrant
    case .grants: GrantPages.list
    case .grant: GrantPages.detail
    case .submitEvidence: GrantPages.submitEvidence
    case .decideEvidence: GrantPages.decide
    case .disburse: GrantPages.disburse
    case .ledger: AuditPages.ledger
    case .ledgerCSV: AuditPages.ledgerCSV
    case .audit: AuditPages.audit
    case .auditCSV: AuditPages.auditCSV
    case .facilities: FacilityPages.list
    case .registerFacility: FacilityPages.register
    case .recordPermit: FacilityPages.recordPermit
    case .editPermit: FacilityPages.editPermit
    case .updatePermit: FacilityPages.updatePermit
    case .setFacilityStatus: FacilityPages.setStatus
    case .demands: DemandPages.list
    case .shipDelivery: DeliveryPages.ship
    case .decideDelivery: DeliveryPages.decide
    case .planRuns: PlanRunPages.list
    case .startPlanRun: PlanRunPages.start
    case .planRun: PlanRunPages.detail
    case .planComparison: PlanRunPages.compare
    case .planResilience: ResiliencePages.resilience
    // Value chains
    case .suppliers: SupplierPages.list
    case .supplierProfileForm: SupplierPages.profileForm
    case .saveSupplierProfile: SupplierPages.save
    case .matchmaking: MatchmakingPages.proposals
    case .createInvitation: MatchmakingPages.invite
    case .invitations: InvitationPages.list
    case .invitation: InvitationPages.detail
    case .makeOffer: InvitationPages.offer
    case .declineInvitation: InvitationPages.decline
    case .decideOffer: InvitationPages.decide
    case .capabilities: CapabilityPages.list
    case .newCapability: CapabilityPages.newForm
    case .publishCapability: CapabilityPages.publish
    case .capability: CapabilityPages.detail
    case .requestTrial: CapabilityPages.requestTrial
    case .trialRequests: TrialRequestPages.list
    case .trialRequest: TrialRequestPages.detail
    case .decideTrial: TrialRequestPages.decide
    case .scheduleTrial: TrialRequestPages.schedule
    case .recordTrialOutcome: TrialRequestPages.outcome
    }
}
