import BWUOptimization

extension Planner.Run {
    /// Solves the LP relaxation of what is still to be served (``GuideLP``)
    /// and places its starts and orders as a skeleton
    /// (``Allocator/placeSkeleton(starts:orders:)``) for the passes that
    /// follow to withdraw from. Nothing is placed when the solve does not converge.
    mutating func placeGuideSkeleton(onIteration: (@Sendable (Int, Double) -> Void)?) {
        let lp = GuideLP(allocator: allocator, book: book, priorityRank: book.priorityRank)
        let report = onIteration.map { call in
            { @Sendable (r: InteriorPointSolver.IterationReport) in call(r.iteration, r.error) }
        }
        let solution = InteriorPointSolver(onIteration: report).solve(lp.program)
        guard solution.isOptimal(within: Self.guideTolerance) else { return }
        allocator.placeSkeleton(starts: lp.starts(solution.x), orders: lp.orders(solution.x))
        guidePlaced = true
        // New supply is in stock: what the memo knew to be exhausted may not be any more.
        exhausted = ExhaustedItems(itemCount: allocator.model.itemIDs.count)
    }
}

extension Planner.Run {
    /// The primal infeasibility and relative gap below which a solve the
    /// solver ended without reaching its own 10⁻⁸ (it stalled, or ran out of
    /// iterations) is still placed. The skeleton is rounded to lots and cut
    /// to what is left anyway, and the guided plan is kept only when it is
    /// better, so a looser solution can cost only the time already spent.
    /// On tight 9 (100 end items) the solve stalls at 2.4 × 10⁻⁶ and 2.1 ×
    /// 10⁻⁶: placed, the plan comes within 1.32 points of the bound instead
    /// of 2.32 (docs/planning.md, eleventh round).
    static let guideTolerance = 1e-5
}

extension DeliveryBook {
    /// Rank of each demand's priority among the model's distinct priorities (0 = highest).
    var priorityRank: [Int] {
        let distinct = Array(Set(model.demands.map(\.priority))).sorted()
        return model.demands.map { demand in distinct.firstIndex(of: demand.priority) ?? 0 }
    }
}
