/// A registered supplier proposed for an item, with why and what adding it would change.
public struct SupplierProposal: Codable, Sendable, Equatable {
    /// The supplier organisation's name, as purchase sources name suppliers.
    public var supplier: String
    public var country: String
    /// Σ points of the reasons; proposals are ranked by it, then by the impact on on-time fill.
    public var score: Int
    public var reasons: [MatchReason]
    public var impact: ProposalImpact
}

/// The plan and the resilience figures with the supplier added as a source of the item,
/// against the same figures without it. Both are computed by the planning engine and the
/// resilience analysis, on the manufacturer's current model.
public struct ProposalImpact: Codable, Sendable, Equatable {
    /// The source assumed for the re-plan: the supplier's typical lead time and weekly
    /// capacity, at the unit cost of the item's cheapest current source (the offer sets the
    /// real price).
    public var assumedLeadTimeWeeks: Int
    public var assumedCapacityPerWeek: Double
    public var assumedUnitCost: Double
    public var onTimeFillBefore: Double
    public var onTimeFillAfter: Double
    public var fillBefore: Double
    public var fillAfter: Double
    public var singlePointsBefore: Int
    public var singlePointsAfter: Int
    /// Whether the item itself stops being a single point of failure.
    public var closesSinglePoint: Bool
    /// End items whose allied share of value changes.
    public var alliedShare: [AlliedShareChange]
}

public struct AlliedShareChange: Codable, Sendable, Equatable {
    public var item: String
    public var before: Double
    public var after: Double
}

/// The proposals for one item that needs another source.
public struct ItemProposals: Codable, Sendable, Equatable {
    public var item: String
    public var name: String?
    public var reasons: [NeedReason]
    /// Current sources: suppliers by name, or `location XX` for operations.
    public var currentSources: [String]
    public var proposals: [SupplierProposal]
}

/// Everything matchmaking found for one manufacturer.
public struct MatchmakingReport: Codable, Sendable, Equatable {
    public var onTimeFill: Double
    public var singlePoints: [String]
    public var items: [ItemProposals]
}
