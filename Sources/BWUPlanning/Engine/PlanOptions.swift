/// How much work the planner may do beyond its default passes.
public struct PlanOptions: Sendable, Equatable {
    /// On a model whose capacity is expected to be overloaded: after the
    /// on-time passes, run end-item production ahead into idle early capacity,
    /// move the supply below it as late as its use allows, and search the
    /// demands still short again in the capacity this frees. Never lowers
    /// on-time value; on generated tight models it takes about half the time
    /// of a normal model's whole plan (see docs/planning.md).
    public var runAhead: Bool

    public init(runAhead: Bool = false) {
        self.runAhead = runAhead
    }
}
