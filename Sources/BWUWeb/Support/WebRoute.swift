import BWUDomain
import Foundation

/// Every page and form of the web interface. The server registers one handler per
/// ``Endpoint`` and pages build every link and form action from a `WebRoute`, so no URL is
/// ever written by hand and a renamed path cannot leave a dead link behind.
public enum WebRoute: Equatable, Sendable {
    case home
    case signIn
    case signOut
    case language(Language, back: String)
    case stylesheet
    case dashboard
    case applications(status: ApplicationStatus?)
    case newApplication
    case application(UUID)
    case editApplication(UUID)
    case submitApplication(UUID)
    case reviewApplication(UUID)
    case makeGrant(application: UUID)
    case grants
    case grant(UUID)
    case submitEvidence(grant: UUID, milestone: UUID)
    case decideEvidence(grant: UUID, milestone: UUID)
    case disburse(grant: UUID, milestone: UUID)
    case ledger(LedgerFilter)
    case ledgerCSV(LedgerFilter)
    case audit(AuditFilter)
    case auditCSV(AuditFilter)
    case facilities
    case registerFacility
    case recordPermit(facility: UUID)
    case editPermit(facility: UUID, permit: UUID)
    case updatePermit(facility: UUID, permit: UUID)
    case setFacilityStatus(facility: UUID)
    case demands
    case shipDelivery
    case decideDelivery(UUID)
    case planRuns
    case startPlanRun
    case planRun(UUID)
    /// Run `run` against the earlier run `with` (the reader picks `with` when it is `nil`).
    case planComparison(run: UUID, with: UUID?)
    case planResilience(UUID)
    // Value chains
    case suppliers
    case supplierProfile
    case matchmaking(MatchmakingFilter)
    case invitations
    case invitation(UUID)
    case makeOffer(invitation: UUID)
    case declineInvitation(UUID)
    case decideOffer(invitation: UUID, offer: UUID)
    case capabilities(CapabilitySearch)
    case newCapability
    case capability(UUID)
    case requestTrial(capability: UUID)
    case trialRequests
    case trialRequest(UUID)
    case decideTrial(UUID)
    case scheduleTrial(UUID)
    case recordTrialOutcome(UUID)

    /// The path with its query, ready for `href` or `action`.
    public var path: String {
        switch self {
        case .home: "/"
        case .signIn: "/sign-in"
        case .signOut: "/sign-out"
        case .language(let language, let back): "/language/\(language.rawValue)" + Query.string(["back": back])
        case .stylesheet: "/static/bwu.css"
        case .dashboard: "/dashboard"
        case .applications(let status): "/applications" + Query.string(["status": status?.rawValue])
        case .newApplication: "/applications/new"
        case .application(let id): "/applications/\(id.uuidString)"
        case .editApplication(let id): "/applications/\(id.uuidString)/edit"
        case .submitApplication(let id): "/applications/\(id.uuidString)/submit"
        case .reviewApplication(let id): "/applications/\(id.uuidString)/reviews"
        case .makeGrant(let id): "/applications/\(id.uuidString)/grant"
        case .grants: "/grants"
        case .grant(let id): "/grants/\(id.uuidString)"
        case .submitEvidence(let grant, let milestone): "/grants/\(grant.uuidString)/milestones/\(milestone.uuidString)/evidence"
        case .decideEvidence(let grant, let milestone): "/grants/\(grant.uuidString)/milestones/\(milestone.uuidString)/decision"
        case .disburse(let grant, let milestone): "/grants/\(grant.uuidString)/milestones/\(milestone.uuidString)/disbursement"
        case .ledger(let filter): "/ledger" + Query.string(filter.query)
        case .ledgerCSV(let filter): "/ledger.csv" + Query.string(filter.query)
        case .audit(let filter): "/audit" + Query.string(filter.query)
        case .auditCSV(let filter): "/audit.csv" + Query.string(filter.query)
        case .facilities: "/facilities"
        case .registerFacility: "/facilities"
        case .recordPermit(let facility): "/facilities/\(facility.uuidString)/permits"
        case .editPermit(let facility, let permit): "/facilities/\(facility.uuidString)/permits/\(permit.uuidString)/edit"
        case .updatePermit(let facility, let permit): "/facilities/\(facility.uuidString)/permits/\(permit.uuidString)"
        case .setFacilityStatus(let facility): "/facilities/\(facility.uuidString)/status"
        case .demands: "/demands"
        case .shipDelivery: "/deliveries"
        case .decideDelivery(let id): "/deliveries/\(id.uuidString)/decision"
        case .planRuns, .startPlanRun: "/plan-runs"
        case .planRun(let id): "/plan-runs/\(id.uuidString)"
        case .planComparison(let run, let with): "/plan-runs/\(run.uuidString)/comparison" + Query.string(["with": with?.uuidString])
        case .planResilience(let id): "/plan-runs/\(id.uuidString)/resilience"
        // Value chains
        case .suppliers: "/suppliers"
        case .supplierProfile: "/suppliers/profile"
        case .matchmaking(let filter): "/matchmaking" + Query.string(filter.query)
        case .invitations: "/invitations"
        case .invitation(let id): "/invitations/\(id.uuidString)"
        case .makeOffer(let id): "/invitations/\(id.uuidString)/offers"
        case .declineInvitation(let id): "/invitations/\(id.uuidString)/refusal"
        case .decideOffer(let invitation, let offer): "/invitations/\(invitation.uuidString)/offers/\(offer.uuidString)/decision"
        case .capabilities(let search): "/capabilities" + Query.string(search.query)
        case .newCapability: "/capabilities/new"
        case .capability(let id): "/capabilities/\(id.uuidString)"
        case .requestTrial(let id): "/capabilities/\(id.uuidString)/trial-requests"
        case .trialRequests: "/trial-requests"
        case .trialRequest(let id): "/trial-requests/\(id.uuidString)"
        case .decideTrial(let id): "/trial-requests/\(id.uuidString)/decision"
        case .scheduleTrial(let id): "/trial-requests/\(id.uuidString)/schedule"
        case .recordTrialOutcome(let id): "/trial-requests/\(id.uuidString)/outcome"
        }
    }

    /// One registered method and path pattern; several routes can share a path with different methods.
    public enum Endpoint: CaseIterable, Sendable {
        case home, signInForm, signIn, signOut, language, stylesheet, dashboard
        case applications, newApplication, createApplication, application, editApplication, updateApplication
        case submitApplication, reviewApplication, makeGrant
        case grants, grant, submitEvidence, decideEvidence, disburse
        case ledger, ledgerCSV, audit, auditCSV
        case facilities, registerFacility, recordPermit, editPermit, updatePermit, setFacilityStatus, demands, shipDelivery, decideDelivery, planRuns, startPlanRun, planRun, planComparison, planResilience
        // Value chains
        case suppliers, supplierProfileForm, saveSupplierProfile, matchmaking, createInvitation, invitations, invitation
        case makeOffer, declineInvitation, decideOffer, capabilities, newCapability, publishCapability, capability, requestTrial
        case trialRequests, trialRequest, decideTrial, scheduleTrial, recordTrialOutcome

        public var isPost: Bool {
            switch self {
            case .signIn, .signOut, .createApplication, .updateApplication, .submitApplication,
                 .reviewApplication, .makeGrant, .submitEvidence, .decideEvidence, .disburse, .startPlanRun,
                 .shipDelivery, .decideDelivery, .registerFacility, .recordPermit, .updatePermit, .setFacilityStatus: true
            // Value chains
            case .saveSupplierProfile, .createInvitation, .makeOffer, .declineInvitation, .decideOffer, .publishCapability,
                 .requestTrial, .decideTrial, .scheduleTrial, .recordTrialOutcome: true
            default: false
            }
        }

        /// Path components; `:name` marks a parameter.
        public var pattern: [String] {
            switch self {
            case .home: []
            case .signInForm, .signIn: ["sign-in"]
            case .signOut: ["sign-out"]
            case .language: ["language", ":language"]
            case .stylesheet: ["static", "bwu.css"]
            case .dashboard: ["dashboard"]
            case .applications, .createApplication: ["applications"]
            case .newApplication: ["applications", "new"]
            case .application, .updateApplication: ["applications", ":application"]
            case .editApplication: ["applications", ":application", "edit"]
            case .submitApplication: ["applications", ":application", "submit"]
            case .reviewApplication: ["applications", ":application", "reviews"]
            case .makeGrant: ["applications", ":application", "grant"]
            case .grants: ["grants"]
            case .grant: ["grants", ":grant"]
            case .submitEvidence: ["grants", ":grant", "milestones", ":milestone", "evidence"]
            case .decideEvidence: ["grants", ":grant", "milestones", ":milestone", "decision"]
            case .disburse: ["grants", ":grant", "milestones", ":milestone", "disbursement"]
            case .ledger: ["ledger"]
            case .ledgerCSV: ["ledger.csv"]
            case .audit: ["audit"]
            case .auditCSV: ["audit.csv"]
            case .facilities, .registerFacility: ["facilities"]
            case .recordPermit: ["facilities", ":facility", "permits"]
            case .editPermit: ["facilities", ":facility", "permits", ":permit", "edit"]
            case .updatePermit: ["facilities", ":facility", "permits", ":permit"]
            case .setFacilityStatus: ["facilities", ":facility", "status"]
            case .demands: ["demands"]
            case .shipDelivery: ["deliveries"]
            case .decideDelivery: ["deliveries", ":delivery", "decision"]
            case .planRuns, .startPlanRun: ["plan-runs"]
            case .planRun: ["plan-runs", ":run"]
            case .planComparison: ["plan-runs", ":run", "comparison"]
            case .planResilience: ["plan-runs", ":run", "resilience"]
            // Value chains
            case .suppliers: ["suppliers"]
            case .supplierProfileForm, .saveSupplierProfile: ["suppliers", "profile"]
            case .matchmaking: ["matchmaking"]
            case .invitations, .createInvitation: ["invitations"]
            case .invitation: ["invitations", ":invitation"]
            case .makeOffer: ["invitations", ":invitation", "offers"]
            case .declineInvitation: ["invitations", ":invitation", "refusal"]
            case .decideOffer: ["invitations", ":invitation", "offers", ":offer", "decision"]
            case .capabilities, .publishCapability: ["capabilities"]
            case .newCapability: ["capabilities", "new"]
            case .capability: ["capabilities", ":capability"]
            case .requestTrial: ["capabilities", ":capability", "trial-requests"]
            case .trialRequests: ["trial-requests"]
            case .trialRequest: ["trial-requests", ":trial"]
            case .decideTrial: ["trial-requests", ":trial", "decision"]
            case .scheduleTrial: ["trial-requests", ":trial", "schedule"]
            case .recordTrialOutcome: ["trial-requests", ":trial", "outcome"]
            }
        }
    }
}

/// Filters of the ledger view, carried in the query string.
public struct LedgerFilter: Equatable, Sendable {
    public var kind: LedgerTransactionKind?
    /// Inclusive bounds as `YYYY-MM-DD`, compared on the UTC day of each transaction.
    public var from: CalendarDate?
    public var to: CalendarDate?

    public init(kind: LedgerTransactionKind? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil) {
        self.kind = kind
        self.from = from
        self.to = to
    }

    var query: [String: String?] { ["kind": kind?.rawValue, "from": from?.description, "to": to?.description] }
}

/// Filters of the audit view, carried in the query string.
public struct AuditFilter: Equatable, Sendable {
    public var action: String?
    public var entity: String?
    public var actor: String?
    public var page: Int

    public init(action: String? = nil, entity: String? = nil, actor: String? = nil, page: Int = 1) {
        self.action = action
        self.entity = entity
        self.actor = actor
        self.page = page
    }

    var query: [String: String?] {
        ["action": action, "entity": entity, "actor": actor, "page": page > 1 ? String(page) : nil]
    }
}

enum Query {
    /// `?a=1&b=2` with keys sorted (stable links) and values percent-encoded; empty when no value is set.
    static func string(_ items: [String: String?]) -> String {
        let pairs = items.compactMap { key, value -> String? in
            guard let value, !value.isEmpty else { return nil }
            return key + "=" + encode(value)
        }.sorted()
        return pairs.isEmpty ? "" : "?" + pairs.joined(separator: "&")
    }

    /// RFC 3986 unreserved characters plus `/`; everything else, non-ASCII letters included, is encoded.
    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/")

    static func encode(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }
}
