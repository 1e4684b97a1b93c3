/// How much work the planner may do beyond its default passes.
public struct PlanOptions: Sendable, Equatable {
    /// On a model whose capacity is expected to be overloaded, try both
    /// rankings of sources (the usual one and clearing prices) at every
    /// priority, not only the highest, and keep the better per priority;
    /// at the end, run ahead the starts that hold the line each demand
    /// still short waits for. On generated tight models it serves a little
    /// more on time at about 1.3× the default's planning time (see docs/planning.md).
    public var thorough: Bool
    /// On an overloaded model, also plan from a skeleton of the LP
    /// relaxation's starts and orders (solved by ``InteriorPointSolver``)
    /// and keep that plan when it serves more priority-weighted on-time
    /// value. About 10 s at 100 end items, growing with the cube of the
    /// size: larger models than ``PlanningModel/fitsLPGuide`` allows are
    /// planned without it.
    public var lpGuided: Bool
    /// Called after every iteration of the LP guide's solve with the
    /// iteration's number and its error (the largest of the relative primal
    /// and dual infeasibilities and the duality gap; the solve ends below
    /// 1e-8), so that a terminal can follow a solve of seconds to a minute.
    /// It does not change the plan and takes no part in equality.
    public var onGuideIteration: (@Sendable (_ iteration: Int, _ error: Double) -> Void)?

    public init(thorough: Bool = false, lpGuided: Bool = false,
                onGuideIteration: (@Sendable (_ iteration: Int, _ error: Double) -> Void)? = nil) {
        self.thorough = thorough
        self.lpGuided = lpGuided
        self.onGuideIteration = onGuideIteration
    }

    public static func == (a: PlanOptions, b: PlanOptions) -> Bool {
        a.thorough == b.thorough && a.lpGuided == b.lpGuided
    }

    /// What plans read by people use: stored plan runs, and the resilience
    /// and matchmaking figures set beside them, so that those agree.
    public static let storedRuns = PlanOptions(thorough: true)
}
