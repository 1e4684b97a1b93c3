import Vapor

/// Registers every ``APIRoute`` with its handler, plus health and the OpenAPI document.
func registerRoutes(_ app: Application) throws {
    app.get("healthz") { _ in ["status": "ok"] }
    app.get("openapi.yaml") { _ async throws -> Response in
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml") else {
            throw Abort(.internalServerError, reason: "openapi.yaml is missing from the bundle")
        }
        let response = Response(status: .ok, body: .init(data: try Data(contentsOf: url)))
        response.headers.contentType = HTTPMediaType(type: "application", subType: "yaml")
        return response
    }

    let api = app.grouped(APIRoute.prefix.split(separator: "/").map { PathComponent(stringLiteral: String($0)) })
    for route in APIRoute.allCases {
        api.on(route.method, route.components, use: handler(for: route))
    }
}

private func handler(for route: APIRoute) -> @Sendable (Request) async throws -> Response {
    switch route {
    case .signIn: SessionHandlers.signIn
    case .signOut: SessionHandlers.signOut
    case .me: SessionHandlers.me
    case .listOrganisations: AdminHandlers.listOrganisations
    case .createOrganisation: AdminHandlers.createOrganisation
    case .listUsers: AdminHandlers.listUsers
    case .createUser: AdminHandlers.createUser
    case .listProgrammes: ProgrammeHandlers.list
    case .createProgramme: ProgrammeHandlers.create
    case .getProgramme: ProgrammeHandlers.get
    case .listFundingSources: ProgrammeHandlers.listFundingSources
    case .addFundingSource: ProgrammeHandlers.addFundingSource
    case .listLedgerTransactions: ProgrammeHandlers.listTransactions
    case .listApplications: ApplicationHandlers.list
    case .createApplication: ApplicationHandlers.create
    case .getApplication: ApplicationHandlers.get
    case .updateApplication: ApplicationHandlers.update
    case .submitApplication: ApplicationHandlers.submit
    case .reviewApplication: ApplicationHandlers.review
    case .listGrants: GrantHandlers.list
    case .createGrant: GrantHandlers.create
    case .getGrant: GrantHandlers.get
    case .listEvidence: MilestoneHandlers.listEvidence
    case .submitEvidence: MilestoneHandlers.submitEvidence
    case .verifyMilestone: MilestoneHandlers.verify
    case .disburseMilestone: MilestoneHandlers.disburse
    case .listDisbursements: MilestoneHandlers.listDisbursements
    case .listAuditEntries: AuditHandlers.list
    case .verifyAuditLog: AuditHandlers.verify
    case .listFacilities: FacilityHandlers.list
    case .registerFacility: FacilityHandlers.register
    case .getFacility: FacilityHandlers.get
    case .addPermit: FacilityHandlers.addPermit
    case .updatePermit: FacilityHandlers.updatePermit
    case .setFacilityStatus: FacilityHandlers.setStatus
    case .permitWatchList: FacilityHandlers.watchList
    case .listProductionReports: FacilityHandlers.listReports
    case .reportProduction: FacilityHandlers.report
    case .listProducts: CatalogueHandlers.listProducts
    case .createProduct: CatalogueHandlers.createProduct
    case .listLicences: CatalogueHandlers.listLicences
    case .registerLicence: CatalogueHandlers.registerLicence
    case .revokeLicence: CatalogueHandlers.revokeLicence
    case .listDemands: DeliveryHandlers.listDemands
    case .postDemand: DeliveryHandlers.postDemand
    case .getDemand: DeliveryHandlers.getDemand
    case .listDeliveries: DeliveryHandlers.listDeliveries
    case .shipDelivery: DeliveryHandlers.ship
    case .getDelivery: DeliveryHandlers.getDelivery
    case .decideDelivery: DeliveryHandlers.decide
    case .getDisbursement: DeliveryHandlers.getDisbursement
    case .getProgress: DeliveryHandlers.progress
    case .listOCDSReleases: OpenDataHandlers.releases
    case .importProductData: PlanningHandlers.importProductData
    case .exportProductData: PlanningHandlers.exportProductData
    case .getPlanningModel: PlanningHandlers.model
    case .importPlanningModel: PlanningHandlers.importModel
    case .startPlanRun: PlanningHandlers.startRun
    case .listPlanRuns: PlanningHandlers.listRuns
    case .getPlanRun: PlanningHandlers.getRun
    case .getPlanRunDocuments: PlanningHandlers.runDocuments
    case .comparePlanRuns: PlanningHandlers.compareRuns
    case .listSuppliers: ValueChainHandlers.listSuppliers
    case .getSupplierProfile: ValueChainHandlers.getSupplier
    case .saveSupplierProfile: ValueChainHandlers.saveProfile
    case .getSupplierProposals: ValueChainHandlers.proposals
    case .listInvitations: ValueChainHandlers.listInvitations
    case .createInvitation: ValueChainHandlers.createInvitation
    case .getInvitation: ValueChainHandlers.getInvitation
    case .submitOffer: ValueChainHandlers.submitOffer
    case .declineInvitation: ValueChainHandlers.declineInvitation
    case .decideOffer: ValueChainHandlers.decideOffer
    case .listCapabilities: CapabilityHandlers.list
    case .publishCapability: CapabilityHandlers.publish
    case .getCapability: CapabilityHandlers.get
    case .requestTrial: CapabilityHandlers.requestTrial
    case .listTrialRequests: CapabilityHandlers.listRequests
    case .getTrialRequest: CapabilityHandlers.getRequest
    case .decideTrialRequest: CapabilityHandlers.decide
    case .scheduleTrialRequest: CapabilityHandlers.schedule
    case .completeTrialRequest: CapabilityHandlers.complete
    case .getValueChainFigures: ValueChainHandlers.figures
    }
}

extension Content {
    /// Encodes as the response body with the given status (201 for created records).
    func response(_ status: HTTPResponseStatus = .ok, location: String? = nil) throws -> Response {
        let response = Response(status: status)
        try response.content.encode(self)
        if let location { response.headers.replaceOrAdd(name: .location, value: location) }
        return response
    }
}
