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
        guard solution.isOptimal(within: 1e-6) else { return }
        allocator.placeSkeleton(starts: lp.starts(solution.x), orders: lp.orders(solution.x))
        // New supply is in stock: what the memo knew to be exhausted may not be any more.
        exhausted = ExhaustedItems(itemCount: allocator.model.itemIDs.count)
    }
}

extension DeliveryBook {
    /// Rank of each demand's priority among the model's distinct priorities (0 = highest).
    var priorityRank: [Int] {
        let distinct = Array(Set(model.demands.map(\.priority))).sorted()
        return model.demands.map { demand in distinct.firstIndex(of: demand.priority) ?? 0 }
    }
}
