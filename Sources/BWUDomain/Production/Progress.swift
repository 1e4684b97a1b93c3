/// Progress against spending for one grant or the whole programme, as of a date: the figure
/// auditors asked for, linking every krone paid to units the armed forces accepted.
public struct ProgressFigures: Equatable, Sendable {
    public var committed: Money
    public var disbursed: Money
    /// Units the grant's delivery-linked milestones promise.
    public var plannedUnits: Int
    /// Of those, units whose milestone was due by the as-of date.
    public var plannedUnitsDue: Int
    public var deliveredUnits: Int
    public var acceptedUnits: Int

    public init(committed: Money, disbursed: Money, plannedUnits: Int, plannedUnitsDue: Int, deliveredUnits: Int, acceptedUnits: Int) {
        self.committed = committed
        self.disbursed = disbursed
        self.plannedUnits = plannedUnits
        self.plannedUnitsDue = plannedUnitsDue
        self.deliveredUnits = deliveredUnits
        self.acceptedUnits = acceptedUnits
    }

    public static func zero(_ currency: CurrencyCode) -> ProgressFigures {
        ProgressFigures(committed: .zero(currency), disbursed: .zero(currency), plannedUnits: 0, plannedUnitsDue: 0, deliveredUnits: 0, acceptedUnits: 0)
    }

    /// Disbursed money per accepted unit, rounded down to the minor unit; `nil` before any acceptance.
    public var costPerAcceptedUnit: Money? {
        guard acceptedUnits > 0 else { return nil }
        return Money(minorUnits: disbursed.minorUnits / Int64(acceptedUnits), currency: disbursed.currency)
    }

    public static func + (lhs: ProgressFigures, rhs: ProgressFigures) -> ProgressFigures {
        ProgressFigures(
            committed: lhs.committed + rhs.committed, disbursed: lhs.disbursed + rhs.disbursed,
            plannedUnits: lhs.plannedUnits + rhs.plannedUnits, plannedUnitsDue: lhs.plannedUnitsDue + rhs.plannedUnitsDue,
            deliveredUnits: lhs.deliveredUnits + rhs.deliveredUnits, acceptedUnits: lhs.acceptedUnits + rhs.acceptedUnits)
    }
}
