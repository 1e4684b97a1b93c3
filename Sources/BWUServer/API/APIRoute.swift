import Vapor

/// Every endpoint of the JSON API, in one place: it registers the routes, and the OpenAPI
/// test compares it with `openapi.yaml` so the document cannot drift from the server.
enum APIRoute: CaseIterable {
    case signIn, signOut, me
    case listOrganisations, createOrganisation, listUsers, createUser
    case listProgrammes, createProgramme, getProgramme, listFundingSources, addFundingSource
    case listLedgerTransactions
    case listApplications, createApplication, getApplication, updateApplication, submitApplication, reviewApplication
    case listGrants, createGrant, getGrant
    case listEvidence, submitEvidence, verifyMilestone, disburseMilestone
    case listDisbursements
    case listAuditEntries, verifyAuditLog
    case listFacilities, registerFacility, getFacility, addPermit, updatePermit, setFacilityStatus, permitWatchList
    case listProductionReports, reportProduction
    case listProducts, createProduct, listLicences, registerLicence, revokeLicence
    case listDemands, postDemand, getDemand
    case listDeliveries, shipDelivery, getDelivery, decideDelivery
    case getDisbursement, getProgress
    case listOCDSReleases
    case importProductData, importPlanningModel, exportProductData, getPlanningModel
    case startPlanRun, listPlanRuns, getPlanRun, getPlanRunDocuments, comparePlanRuns
    case listSuppliers, getSupplierProfile, saveSupplierProfile, getSupplierProposals
    case listInvitations, createInvitation, getInvitation, submitOffer, declineInvitation, decideOffer
    case listCapabilities, publishCapability, getCapability, requestTrial
    case listTrialRequests, getTrialRequest, decideTrialRequest, scheduleTrialRequest, completeTrialRequest
    case getValueChainFigures

    static let prefix = "api/v1"

    var method: HTTPMethod {
        switch self {
        case .signIn, .createOrganisation, .createUser, .createProgramme, .addFundingSource, .createApplication,
             .submitApplication, .reviewApplication, .createGrant, .submitEvidence, .verifyMilestone, .disburseMilestone,
             .registerFacility, .addPermit, .reportProduction, .createProduct, .registerLicence, .revokeLicence, .postDemand,
             .shipDelivery, .decideDelivery, .importProductData, .importPlanningModel, .startPlanRun,
             .createInvitation, .submitOffer, .declineInvitation, .decideOffer, .publishCapability, .requestTrial,
             .decideTrialRequest, .scheduleTrialRequest, .completeTrialRequest:
            .POST
        case .signOut: .DELETE
        case .updateApplication, .updatePermit, .setFacilityStatus, .saveSupplierProfile: .PUT
        default: .GET
        }
    }

    /// The path below `/api/v1`, with `{name}` for parameters as OpenAPI writes them.
    var path: String {
        switch self {
        case .signIn, .signOut: "/session"
        case .me: "/me"
        case .listOrganisations, .createOrganisation: "/organisations"
        case .listUsers, .createUser: "/users"
        case .listProgrammes, .createProgramme: "/programmes"
        case .getProgramme: "/programmes/{programmeId}"
        case .listFundingSources, .addFundingSource: "/programmes/{programmeId}/funding-sources"
        case .listLedgerTransactions: "/ledger/transactions"
        case .listApplications, .createApplication: "/applications"
        case .getApplication, .updateApplication: "/applications/{applicationId}"
        case .submitApplication: "/applications/{applicationId}/submission"
        case .reviewApplication: "/applications/{applicationId}/reviews"
        case .listGrants, .createGrant: "/grants"
        case .getGrant: "/grants/{grantId}"
        case .listEvidence, .submitEvidence: "/grants/{grantId}/milestones/{milestoneId}/evidence"
        case .verifyMilestone: "/grants/{grantId}/milestones/{milestoneId}/verification"
        case .disburseMilestone: "/grants/{grantId}/milestones/{milestoneId}/disbursement"
        case .listDisbursements: "/disbursements"
        case .listAuditEntries: "/audit/entries"
        case .verifyAuditLog: "/audit/verification"
        case .listFacilities, .registerFacility: "/facilities"
        case .getFacility: "/facilities/{facilityId}"
        case .addPermit: "/facilities/{facilityId}/permits"
        case .updatePermit: "/facilities/{facilityId}/permits/{permitId}"
        case .setFacilityStatus: "/facilities/{facilityId}/status"
        case .permitWatchList: "/permit-alerts"
        case .listProductionReports, .reportProduction: "/production-reports"
        case .listProducts, .createProduct: "/products"
        case .listLicences, .registerLicence: "/export-licences"
        case .revokeLicence: "/export-licences/{licenceId}/revocation"
        case .listDemands, .postDemand: "/demands"
        case .getDemand: "/demands/{demandId}"
        case .listDeliveries, .shipDelivery: "/deliveries"
        case .getDelivery: "/deliveries/{deliveryId}"
        case .decideDelivery: "/deliveries/{deliveryId}/decision"
        case .getDisbursement: "/disbursements/{disbursementId}"
        case .getProgress: "/programmes/{programmeId}/progress"
        case .listOCDSReleases: "/ocds/releases"
        case .importProductData: "/product-data/import"
        case .exportProductData: "/product-data/files/{file}"
        case .getPlanningModel, .importPlanningModel: "/product-data/model"
        case .startPlanRun, .listPlanRuns: "/plan-runs"
        case .getPlanRun: "/plan-runs/{planRunId}"
        case .getPlanRunDocuments: "/plan-runs/{planRunId}/documents"
        case .comparePlanRuns: "/plan-runs/{planRunId}/comparison"
        case .listSuppliers: "/suppliers"
        case .getSupplierProfile: "/suppliers/{organisationId}/profile"
        case .saveSupplierProfile: "/supplier-profile"
        case .getSupplierProposals: "/matchmaking/proposals"
        case .listInvitations, .createInvitation: "/supplier-invitations"
        case .getInvitation: "/supplier-invitations/{invitationId}"
        case .submitOffer: "/supplier-invitations/{invitationId}/offers"
        case .declineInvitation: "/supplier-invitations/{invitationId}/refusal"
        case .decideOffer: "/supplier-offers/{offerId}/decision"
        case .listCapabilities, .publishCapability: "/capabilities"
        case .getCapability: "/capabilities/{capabilityId}"
        case .requestTrial: "/capabilities/{capabilityId}/trial-requests"
        case .listTrialRequests: "/trial-requests"
        case .getTrialRequest: "/trial-requests/{trialRequestId}"
        case .decideTrialRequest: "/trial-requests/{trialRequestId}/decision"
        case .scheduleTrialRequest: "/trial-requests/{trialRequestId}/schedule"
        case .completeTrialRequest: "/trial-requests/{trialRequestId}/outcome"
        case .getValueChainFigures: "/value-chain/figures"
        }
    }

    /// Path components for Vapor's router: `{name}` becomes the parameter `:name`.
    var components: [PathComponent] {
        path.split(separator: "/").map { part in
            part.hasPrefix("{") ? .parameter(String(part.dropFirst().dropLast())) : .constant(String(part))
        }
    }

    /// Builds a concrete URL for this route, e.g. for `Location` headers.
    func url(_ parameters: [String: String] = [:]) -> String {
        var result = "/" + Self.prefix + path
        for (name, value) in parameters { result = result.replacingOccurrences(of: "{\(name)}", with: value) }
        return result
    }

    /// Signing in and the open data work without a bearer token.
    var isPublic: Bool { self == .signIn || self == .listOCDSReleases }
}
