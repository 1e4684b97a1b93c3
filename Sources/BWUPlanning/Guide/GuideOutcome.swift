/// What the LP guide did for one plan (``PlanOptions/lpGuided``), so that
/// whoever reads the plan can tell whether it is the guided one, and if
/// not, why.
public enum GuideOutcome: String, Sendable, Codable, Equatable {
    /// The guide was not asked for.
    case notAsked
    /// Capacity is not expected to be overloaded, where the guide pays: the
    /// default plan is the plan.
    case notOverloaded
    /// The model's LP has more rows than the guide solves
    /// (``PlanningModel/lpGuideMaximumRows``): the default plan is the plan.
    case tooLarge
    /// The LP's solve did not converge, so nothing was placed from it: the
    /// plan is the better of the default plan and one made the guided way without it.
    case unsolved
    /// The guided plan serves more on-time value at the first priority
    /// where the two plans differ: it is the plan.
    case kept
    /// The default plan serves at least as much at every priority, or more
    /// at the first that differs: it is the plan.
    case notKept

    /// The outcome, or nil when the guide was not asked for: what summaries show.
    public var ifAsked: GuideOutcome? { self == .notAsked ? nil : self }

    /// One line for a person reading a plan's summary.
    public var explanation: String {
        switch self {
        case .notAsked: "not asked for"
        case .notOverloaded: "not used, as capacity is not expected to be overloaded; the default plan is the plan"
        case .tooLarge: "not used, as the model's LP is larger than the guide solves; the default plan is the plan"
        case .unsolved: "its LP did not converge, so the plan was made without it"
        case .kept: "the guided plan is the plan: it serves more on time, priority by priority"
        case .notKept: "the default plan is the plan: it serves at least as much on time, priority by priority"
        }
    }
}
