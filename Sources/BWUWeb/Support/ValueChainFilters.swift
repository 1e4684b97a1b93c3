import BWUDomain
import Foundation

/// The manufacturer whose proposals a programme role reads, and the clearance a new source
/// must hold; carried in the matchmaking page's query string.
public struct MatchmakingFilter: Equatable, Sendable {
    public var organisation: UUID?
    public var clearance: ClearanceLevel

    public init(organisation: UUID? = nil, clearance: ClearanceLevel = .none) {
        self.organisation = organisation
        self.clearance = clearance
    }

    var query: [String: String?] {
        ["organisation": organisation?.uuidString, "clearance": clearance == .none ? nil : clearance.rawValue]
    }
}

/// A catalogue search exactly as typed, so a refused value is shown again beside its field.
public struct CapabilitySearch: Equatable, Sendable {
    public var text: String
    public var category: String
    public var minimumReadiness: String
    public var combatProvenOnly: Bool

    public init(text: String = "", category: String = "", minimumReadiness: String = "", combatProvenOnly: Bool = false) {
        self.text = text
        self.category = category
        self.minimumReadiness = minimumReadiness
        self.combatProvenOnly = combatProvenOnly
    }

    var query: [String: String?] {
        ["q": text, "category": category, "minTrl": minimumReadiness, "combatProven": combatProvenOnly ? "true" : nil]
    }
}
