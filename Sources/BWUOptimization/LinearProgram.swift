/// A linear program in the general form most models are written in:
///
///     maximise (or minimise)  cᵀx
///     subject to              rowLower ≤ A x ≤ rowUpper
///                             columnLower ≤ x ≤ columnUpper
///
/// Infinite bounds are written `±.infinity`. Every column needs a finite lower
/// bound: the planning LPs this solver exists for have none that are free, and
/// keeping them out keeps the interior-point method simple.
public struct LinearProgram: Sendable {
    public var objective: [Double]
    public var maximize: Bool
    public var matrix: SparseMatrix
    public var columnLower: [Double]
    public var columnUpper: [Double]
    public var rowLower: [Double]
    public var rowUpper: [Double]

    public init(
        objective: [Double], maximize: Bool, matrix: SparseMatrix,
        columnLower: [Double], columnUpper: [Double], rowLower: [Double], rowUpper: [Double]
    ) {
        precondition(objective.count == matrix.columns && columnLower.count == matrix.columns && columnUpper.count == matrix.columns)
        precondition(rowLower.count == matrix.rows && rowUpper.count == matrix.rows)
        precondition(columnLower.allSatisfy(\.isFinite), "every column needs a finite lower bound")
        self.objective = objective
        self.maximize = maximize
        self.matrix = matrix
        self.columnLower = columnLower
        self.columnUpper = columnUpper
        self.rowLower = rowLower
        self.rowUpper = rowUpper
    }
}

/// What the solver found.
public struct LinearProgramSolution: Sendable {
    public enum Status: Sendable, Equatable {
        /// Primal and dual feasible, and the duality gap closed, within the tolerance.
        case optimal
        /// The iteration limit was reached first; `x` is the best iterate seen.
        case iterationLimit
        /// The iterates stopped making progress (an infeasible or unbounded LP, or
        /// the limit of the arithmetic's accuracy); `x` is the best iterate seen.
        case stalled
    }

    public var status: Status
    /// Column values, within their bounds.
    public var x: [Double]
    /// Row duals (prices): the change of the objective per unit of row bound, in the LP's own sense.
    public var rowDuals: [Double]
    /// Objective value of `x`.
    public var objectiveValue: Double
    public var iterations: Int
    /// Largest relative primal residual ‖A x − b‖ / (1 + ‖b‖) of the internal standard form.
    public var primalInfeasibility: Double
    /// Relative duality gap at the end.
    public var relativeGap: Double

    /// Optimal, or stopped within `tolerance` of primal feasibility and of the optimum.
    public func isOptimal(within tolerance: Double) -> Bool {
        status == .optimal || (primalInfeasibility <= tolerance && relativeGap <= tolerance)
    }
}
